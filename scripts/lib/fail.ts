// Launcher errors: one clear line for the person at the terminal, exit 1.
export class LaunchError extends Error {
  name = "LaunchError";
}

export function exitWithError(error: unknown): never {
  if (error instanceof LaunchError) {
    console.error(`\n✖ ${error.message}\n`);
  } else if (error instanceof Error && error.name === "ConfigError") {
    console.error(`\n✖ ${error.message}\n`);
  } else {
    console.error("\n✖ Unexpected error:", error);
  }
  process.exit(1);
}
