// npm run db:migrate | db:seed [-- --force] | db:studio
import "./lib/load-env";
import { spawn } from "node:child_process";
import { launch, LaunchError } from "./lib/fail";
import { demoPassword } from "./lib/local-files";
import { prepareEnvironment } from "./lib/prepare";

async function main() {
  const [command, ...flags] = process.argv.slice(2);
  const database = await prepareEnvironment({ databaseName: "marquee" });
  try {
    if (command === "migrate") {
      console.log("Migrations applied.");
    } else if (command === "seed") {
      const { seedDemoContent, SeedRefused } = await import("@/db/seed");
      const password = demoPassword();
      try {
        const { articlesAdded } = await seedDemoContent({ password, force: flags.includes("--force") });
        const what = articlesAdded ? `${articlesAdded} demo articles added` : "Demo content was already there; nothing added";
        console.log(`${what}. Demo password: ${password}`);
        console.log("While these demo accounts are active, npm start refuses this database (MARQUEE_ALLOW_DEMO=1 allows it).");
        // Its publishes purge the edge caches (EDGE_PURGE_URLS), if any: let those finish before exiting.
        await (await import("@/lib/cache/edge-purge")).settleEdgePurges();
      } catch (error) {
        if (error instanceof SeedRefused) throw new LaunchError(error.message);
        throw error;
      }
    } else if (command === "studio") {
      await new Promise((resolve) => spawn("npx", ["drizzle-kit", "studio"], { stdio: "inherit", env: process.env }).on("exit", resolve));
    } else {
      throw new LaunchError("Usage: tsx scripts/db.ts migrate|seed|studio");
    }
  } finally {
    await database.embedded?.stop();
  }
  process.exit(0);
}

launch(main);
