// npm run media:import-heroes [-- --as admin@example.com]: moves heroes given by
// address (from before the media library) into the library, once per address,
// and points every working and live copy at the item (lib/publishing/hero-import.ts).
// Safe to run again: what was imported is not looked at twice.
import "./lib/load-env";
import { launch, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";

async function main() {
  const flag = process.argv.indexOf("--as");
  const email = flag >= 0 ? process.argv[flag + 1] : undefined;
  const database = await prepareEnvironment({ databaseName: "marquee" });
  try {
    const { findImportingAdmin } = await import("@/lib/publishing/hero-import-actor");
    const actor = await findImportingAdmin({ email });
    if (!actor) throw new LaunchError(email ? `No active admin has the email ${email}.` : "No active admin: create one with npm run admin:create.");
    const { importHeroAddresses } = await import("@/lib/publishing/hero-import");
    const report = await importHeroAddresses({ actor });
    for (const item of report.imported) console.log(`Imported ${item.url} (${item.articles} ${item.articles === 1 ? "story" : "stories"}) as ${item.mediaId}`);
    for (const item of report.failed) console.log(`Left as it is: ${item.url}: ${item.reason}`);
    console.log(`${report.imported.length} addresses imported, ${report.failed.length} left as they are.`);
    await (await import("@/lib/cache/edge-purge")).settleEdgePurges();
  } finally {
    await database.embedded?.stop();
  }
  process.exit(0);
}

launch(main);
