// npm run admin:create: the first admin of a production install, from
// ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD. Marks the database as
// production so the demo seed refuses it, and deactivates the demo accounts
// (their password is known) so `npm start` accepts it.
import "./lib/load-env";
import { activeDemoAccounts } from "./lib/demo-accounts";
import { launch, LaunchError } from "./lib/fail";
import { prepareEnvironment } from "./lib/prepare";

async function main() {
  const { ADMIN_EMAIL, ADMIN_NAME, ADMIN_PASSWORD } = process.env;
  if (!ADMIN_EMAIL || !ADMIN_NAME || !ADMIN_PASSWORD) {
    throw new LaunchError("Set ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD (at least 12 characters) to create the first admin.");
  }
  const database = await prepareEnvironment({ databaseName: "marquee" });
  try {
    const { createUser } = await import("@/lib/auth/commands");
    const { markProductionInstall } = await import("@/lib/settings/commands");
    const { setActive } = await import("@/lib/users/commands");
    const { AppError } = await import("@/lib/errors");
    try {
      const user = await createUser({ email: ADMIN_EMAIL, name: ADMIN_NAME, role: "admin", password: ADMIN_PASSWORD });
      await markProductionInstall({ actorId: user.id });
      const actor = { id: user.id, role: "admin" as const, name: ADMIN_NAME };
      const demo = (await activeDemoAccounts()).filter((account) => account.id !== user.id);
      for (const account of demo) await setActive(actor, { userId: account.id, active: false });
      if (demo.length) console.log(`Demo accounts deactivated (their stories keep their bylines): ${demo.map((a) => a.email).join(", ")}.`);
      console.log(`Admin ${user.email} created. Sign in at /login.`);
    } catch (error) {
      if (error instanceof AppError) {
        const fields = Object.entries(error.details.fields ?? {}).map(([k, v]) => `${k} ${v.join(", ")}`);
        throw new LaunchError([error.message, ...fields].join(" "));
      }
      throw error;
    }
  } finally {
    await database.embedded?.stop();
  }
  process.exit(0);
}

launch(main);
