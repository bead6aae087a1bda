// The one place that reads process.env. Parsed with zod at start; a bad
// value stops the process with one line per problem.
import { z } from "zod";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const postgresUrl = z
  .string({ error: "is not set (the dev launcher sets it; in production point it at your PostgreSQL)" })
  .refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
    } catch {
      return false;
    }
  }, "must look like postgres://user:password@host:5432/database");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).default("http://localhost:3000"),
  NEWSROOM_TIMEZONE: z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York").default("America/New_York"),
  MARQUEE_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  DATABASE_POOL_MAX: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be 1 to 100").max(100, "must be 1 to 100").default(10),
  MARQUEE_HEAP_MB: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 or 128 to 16384").max(16384, "must be 0 or 128 to 16384").refine((n) => n === 0 || n >= 128, "must be 0 or 128 to 16384").default(160),
  MARQUEE_PAGE_CACHE_MB: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 to 4096").max(4096, "must be 0 to 4096").default(16),
  TRUSTED_PROXIES: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 to 10").max(10, "must be 0 to 10").default(0),
  MARQUEE_SCHEDULER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  EDGE_PURGE_URLS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((u) => u.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be a comma-separated list of http(s) URLs" }))),
  NEXT_PHASE: z.string().optional(),
});

export type Env = Omit<z.infer<typeof schema>, "SITE_URL" | "AUTH_SECRET"> & { SITE_URL: string; AUTH_SECRET: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  }
  const value = result.data;
  const building = value.NEXT_PHASE === "phase-production-build";
  if (!value.AUTH_SECRET) {
    if (value.NODE_ENV === "production" && !building) {
      throw new ConfigError(["AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)"]);
    }
  }
  return {
    ...value,
    SITE_URL: value.SITE_URL.replace(/\/+$/, ""),
    // Only the build and non-production runs get here without a secret: a
    // random one per process, so no session outlives it.
    AUTH_SECRET: value.AUTH_SECRET ?? `${crypto.randomUUID()}${crypto.randomUUID()}`,
  };
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
