// The steps `npm run dev`, `npm start` and the test runner share: a migrated
// database, an auth secret, and (for dev) the demo content.
import { LaunchError } from "./fail";
import { type Database, prepareDatabase } from "./database";
import { demoPassword, localAuthSecret } from "./local-files";

export async function prepareEnvironment({ databaseName, adoptEmbedded = false }: { databaseName: string; adoptEmbedded?: boolean }): Promise<Database> {
  const database = await prepareDatabase(databaseName, { adopt: adoptEmbedded });
  process.env.DATABASE_URL = database.url;
  if (!process.env.AUTH_SECRET) {
    if (process.env.NODE_ENV === "production") {
      throw new LaunchError("AUTH_SECRET is required in production. Generate one with: openssl rand -base64 32");
    }
    process.env.AUTH_SECRET = localAuthSecret();
  }
  // Validate everything now, so a bad value stops here with one clear line.
  const { parseEnv } = await import("@/lib/env");
  parseEnv(process.env);
  return database;
}

/** Seeds demo content (idempotent) in a child-free way and returns the demo password. */
export async function seedDemo(): Promise<string> {
  const password = demoPassword();
  const { seedDemoContent } = await import("@/db/seed");
  await seedDemoContent({ password });
  return password;
}
