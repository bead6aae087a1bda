// Runs once when a server process starts (next start, next dev): begins the
// background tasks that need no request. Never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startBackgroundTasks } = await import("./lib/server/background");
  await startBackgroundTasks();
}
