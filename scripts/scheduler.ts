// npm run scheduler (dist/scheduler.mjs, bundled by `npm run build`): the
// scheduler on its own, for deployments that run it apart from the web
// servers (set MARQUEE_SCHEDULER=off on those). Every server still hears its
// invalidations through Postgres NOTIFY. Several may run at once: each due
// article is claimed by exactly one. Reads the production .env files, as
// `npm start` does.
import { loadEnvFiles } from "./lib/env-files";
import { launch, LaunchError } from "./lib/fail";
import { raiseSchedulerPriority, SCHEDULER_NICE } from "@/lib/publishing/scheduler-priority";

async function main() {
  loadEnvFiles({ dev: false });
  if (!process.env.DATABASE_URL) {
    throw new LaunchError("npm run scheduler needs DATABASE_URL. (npm run dev and npm start already run a scheduler beside the server.)");
  }
  const { getEnv } = await import("@/lib/env");
  getEnv(); // a bad setting ends here with one line
  const { startSchedulerLoop } = await import("@/lib/publishing/scheduler-loop");
  const { sql } = await import("@/db/client");
  const { logger } = await import("@/lib/server/log");
  const priority = raiseSchedulerPriority();
  if (!priority.raised)
    logger("scheduler").info(`running at nice ${priority.nice}: not permitted to raise it to ${SCHEDULER_NICE} (CAP_SYS_NICE or LimitNICE)`);
  const loop = startSchedulerLoop();
  console.log("Scheduler running. Ctrl-C stops it.");
  const stop = async () => {
    await loop.stop();
    await sql.end({ timeout: 5 });
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

launch(main);
