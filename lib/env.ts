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

/** An http(s) origin and nothing else: canonical URLs, feeds and next-auth append paths to it. */
const isOrigin = (v: string) => {
  try {
    const u = new URL(v);
    const http = (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "";
    return http && u.pathname === "/" && !v.includes("?") && !v.includes("#") && !u.username && !u.password;
  } catch {
    return false;
  }
};

const hostOrAddress = z.union([z.ipv4(), z.ipv6(), z.hostname()], { error: "must be an IP address or a host name (127.0.0.1, ::, localhost)" });

const postgresUrl = z.string({ error: "is not set (the dev launcher sets it; in production point it at your PostgreSQL)" }).refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "postgres:" || u.protocol === "postgresql:") && u.hostname !== "";
  } catch {
    return false;
  }
}, "must look like postgres://user:password@host:5432/database");

/** An http(s) URL prefix for media, without query or fragment; media keys are appended after a slash. */
const isUrlPrefix = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname !== "" && !v.includes("?") && !v.includes("#") && !u.username && !u.password;
  } catch {
    return false;
  }
};

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)").optional(),
  SITE_URL: z
    .string()
    .refine(isOrigin, "must be the public origin: an absolute http(s) URL without path or query, such as https://news.example.com")
    .optional(),
  NEWSROOM_TIMEZONE: z.string().refine(isTimeZone, "must be an IANA time zone such as America/New_York").default("America/New_York"),
  MARQUEE_DEMO_PASSWORD: z.string().min(8, "must be at least 8 characters").optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be 1 to 100")
    .max(100, "must be 1 to 100")
    .default(10),
  MARQUEE_HEAP_MB: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 or 128 to 16384")
    .max(16384, "must be 0 or 128 to 16384")
    .refine((n) => n === 0 || n >= 128, "must be 0 or 128 to 16384")
    .default(0),
  MARQUEE_PAGE_CACHE_MB: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 to 4096")
    .max(4096, "must be 0 to 4096")
    .default(16),
  TRUSTED_PROXIES: z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(0, "must be 0 to 10").max(10, "must be 0 to 10").default(0),
  MARQUEE_SCHEDULER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  /** One JSON line per request on stdout from the production server (lib/server/request-log.ts); "off" silences it. */
  MARQUEE_REQUEST_LOG: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
  EDGE_PURGE_URLS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((u) => u.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "must be a comma-separated list of http(s) URLs" }))),
  EDGE_PURGE_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9+/=_-]{32,512}$/, "must be 32 or more letters, digits or + / = _ - (generate one with: openssl rand -base64 32)")
    .optional(),
  MARQUEE_HOST: hostOrAddress.optional(),
  MARQUEE_ALLOW_DEMO: z
    .enum(["0", "1"], { error: 'must be "1" or "0"' })
    .default("0")
    .transform((v) => v === "1"),
  NEXT_PHASE: z.string().optional(),
  /** Where media files live (lib/media/storage.ts): a directory on this host, or an S3-compatible bucket. */
  MEDIA_STORAGE: z.enum(["local", "s3"], { error: 'must be "local" or "s3"' }).default("local"),
  MEDIA_LOCAL_DIR: z.string().min(1, "must not be empty").default(".data/media"),
  MEDIA_PUBLIC_URL: z
    .string()
    .refine(isUrlPrefix, "must be an absolute http(s) URL without query, such as https://media.example.com/ or https://cdn.example.com/media")
    .transform((v) => v.replace(/\/+$/, ""))
    .optional(),
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, such as https://s3.example.com or http://127.0.0.1:9000" }).optional(),
  S3_REGION: z.string().min(1, "must not be empty").optional(),
  S3_BUCKET: z.string().min(1, "must not be empty").optional(),
  S3_ACCESS_KEY_ID: z.string().min(1, "must not be empty").optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1, "must not be empty").optional(),
});

const S3_REQUIRED = ["S3_REGION", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

const DEV_SITE_URL = "http://localhost:3000";
const SITE_URL_REQUIRED = "SITE_URL is required in production: set it to the public origin, such as https://news.example.com";

export type Env = Omit<z.infer<typeof schema>, "SITE_URL" | "AUTH_SECRET"> & { SITE_URL: string; AUTH_SECRET: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join("; ")}`);
    this.name = "ConfigError";
  }
}

function parsed<T extends z.ZodType>(shape: T, source: Record<string, string | undefined>): z.infer<T> {
  const result = shape.safeParse(source);
  if (!result.success) throw new ConfigError(result.error.issues.map((i) => `${i.path.join(".")} ${i.message}`));
  return result.data;
}

/** SITE_URL without a trailing slash; in production there is no default. */
function siteUrl(value: string | undefined, production: boolean): string {
  // The build bakes it into prerendered pages and headers, so it is required there too.
  if (!value && production) throw new ConfigError([SITE_URL_REQUIRED]);
  return (value ?? DEV_SITE_URL).replace(/\/+$/, "");
}

/** SITE_URL alone, by the same rules: next.config.ts reads it while building, where nothing else is needed. */
export function parseSiteUrl(source: Record<string, string | undefined>): string {
  const value = parsed(schema.pick({ NODE_ENV: true, SITE_URL: true }), source);
  return siteUrl(value.SITE_URL, value.NODE_ENV === "production");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const value = parsed(schema, source);
  const production = value.NODE_ENV === "production";
  const building = value.NEXT_PHASE === "phase-production-build";
  if (!value.AUTH_SECRET && production && !building) {
    throw new ConfigError(["AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)"]);
  }
  const site = siteUrl(value.SITE_URL, production);
  if (value.EDGE_PURGE_URLS.length > 0 && !value.EDGE_PURGE_SECRET) {
    throw new ConfigError([
      "EDGE_PURGE_SECRET is required with EDGE_PURGE_URLS: the edge refuses purges without it (generate one with: openssl rand -base64 32)",
    ]);
  }
  if (value.MEDIA_STORAGE === "s3") {
    const missing = S3_REQUIRED.filter((name) => !value[name]);
    if (missing.length > 0) throw new ConfigError(missing.map((name) => `${name} is required with MEDIA_STORAGE=s3`));
  }
  return {
    ...value,
    SITE_URL: site,
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
