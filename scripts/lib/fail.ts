// Launcher errors: one clear line for the person at the terminal, exit 1.
// No stack trace: MARQUEE_DEBUG=1 adds it for an error nobody foresaw.
export class LaunchError extends Error {
  name = "LaunchError";
}

export function exitWithError(error: unknown): never {
  if (error instanceof LaunchError || (error instanceof Error && error.name === "ConfigError")) {
    console.error(`\n✖ ${error.message}\n`);
  } else if (process.env.MARQUEE_DEBUG === "1") {
    console.error("\n✖ Unexpected error:", error);
  } else {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`\n✖ Unexpected error: ${message.split("\n")[0]} (MARQUEE_DEBUG=1 shows where it came from)\n`);
  }
  process.exit(1);
}

/** Runs a launcher's `main`: any failure, also from a timer or a handler it left behind, ends in one line. */
export function launch(main: () => Promise<void>): void {
  process.on("uncaughtException", exitWithError);
  process.on("unhandledRejection", exitWithError);
  main().catch(exitWithError);
}
