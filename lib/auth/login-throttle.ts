// The sign-in throttle. Three fixed-window counters, each a row of
// `login_throttle`:
//   pair:<email>|<address>   5 attempts / 15 min: guessing one account from one place
//   ip:<address>            30 attempts / 15 min: one place trying many accounts
//   account:<email>        100 attempts / hour: many places guessing one account;
//                            not applied to an address that signed in to this
//                            account in the last 30 days (a `known:<email>|<address>` row)
// so a stranger's failures never stop the owner signing in from elsewhere,
// and nothing the attacker does locks an account for longer than a window.
// Each attempt is counted with one atomic upsert per bucket before the
// password is checked, so parallel attempts cannot all pass before any is
// counted. Without a client address ("unknown") there is no address bucket,
// and every unknown-address attempt at an account shares one pair bucket.
import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { addressBucket } from "./client-ip";

type Limit = { max: number; windowSeconds: number };

export const loginLimits = {
  pair: { max: 5, windowSeconds: 15 * 60 },
  ip: { max: 30, windowSeconds: 15 * 60 },
  account: { max: 100, windowSeconds: 60 * 60 },
} as const satisfies Record<string, Limit>;

const KNOWN_DAYS = 30;
const LONGEST_WINDOW_SECONDS = Math.max(...Object.values(loginLimits).map((l) => l.windowSeconds));
/** About one attempt in this many also deletes rows nobody needs any more. */
const PRUNE_EVERY = 50;

type Keys = { pair: string; ip: string | null; account: string; known: string | null };

function keysFor(email: string, ip: string): Keys {
  const who = normalizeEmail(email);
  const where = ip === "unknown" ? null : addressBucket(ip);
  return {
    pair: `pair:${who}|${where ?? "unknown"}`,
    ip: where && `ip:${where}`,
    account: `account:${who}`,
    known: where && `known:${who}|${where}`,
  };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase().slice(0, 320);

/**
 * Counts one sign-in attempt, before its password is checked. Returns 0 when
 * the attempt may go on, or the seconds until the bucket that refused it
 * opens again. Buckets are taken in order (pair, address, account) and a
 * refusal stops there, so refused attempts do not fill the slower buckets.
 */
export async function reserveLoginAttempt({ email, ip }: { email: string; ip: string }): Promise<number> {
  if (Math.random() * PRUNE_EVERY < 1) await pruneLoginThrottle();
  const keys = keysFor(email, ip);
  const pair = await take(keys.pair, loginLimits.pair);
  if (pair) return pair;
  if (keys.ip) {
    const address = await take(keys.ip, loginLimits.ip);
    if (address) return address;
  }
  return take(keys.account, loginLimits.account, keys.known);
}

/**
 * One atomic upsert: starts a new window when the old one has ended, else
 * adds one. With `unlessKnown`, nothing is counted while that row is recent.
 */
async function take(key: string, limit: Limit, unlessKnown: string | null = null): Promise<number> {
  const window = sql`(${limit.windowSeconds}::int * interval '1 second')`;
  const expired = sql`login_throttle.window_start <= now() - ${window}`;
  const source = unlessKnown
    ? sql`select ${key}, now(), 1 where not exists (
        select 1 from login_throttle where key = ${unlessKnown} and window_start > now() - ${KNOWN_DAYS}::int * interval '1 day')`
    : sql`values (${key}, now(), 1)`;
  const rows = await db.execute<{ attempts: number; retry: number }>(sql`
    insert into login_throttle (key, window_start, attempts) ${source}
    on conflict (key) do update set
      attempts = case when ${expired} then 1 else login_throttle.attempts + 1 end,
      window_start = case when ${expired} then now() else login_throttle.window_start end
    returning attempts, ceil(extract(epoch from window_start + ${window} - now()))::int as retry`);
  const row = rows[0];
  if (!row || row.attempts <= limit.max) return 0;
  return Math.max(1, Number(row.retry));
}

/**
 * After a successful sign-in: the pair bucket starts afresh, this attempt no
 * longer counts against the address or the account, and the address becomes
 * known for this account.
 */
export async function recordLoginSuccess({ email, ip }: { email: string; ip: string }): Promise<void> {
  const keys = keysFor(email, ip);
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from login_throttle where key = ${keys.pair}`);
    const refunds = [keys.account, ...(keys.ip ? [keys.ip] : [])];
    await tx.execute(sql`update login_throttle set attempts = greatest(attempts - 1, 0) where key in ${refunds}`);
    if (keys.known) {
      await tx.execute(sql`
        insert into login_throttle (key, window_start, attempts) values (${keys.known}, now(), 1)
        on conflict (key) do update set window_start = now(), attempts = login_throttle.attempts + 1`);
    }
  });
}

/** For the sign-in endpoint's pre-check: seconds until this email and address may try again (0: now). Counts nothing. */
export async function loginRetryAfter({ email, ip }: { email: string; ip: string }): Promise<number> {
  const keys = keysFor(email, ip);
  const wanted = [keys.pair, keys.account, ...(keys.ip ? [keys.ip] : []), ...(keys.known ? [keys.known] : [])];
  const rows = await db.execute<{ key: string; attempts: number; age: number }>(sql`
    select key, attempts, extract(epoch from now() - window_start)::float8 as age
    from login_throttle where key in ${wanted}`);
  const byKey = new Map(rows.map((r) => [r.key, { attempts: Number(r.attempts), age: Number(r.age) }]));
  const known = keys.known ? byKey.get(keys.known) : undefined;
  const checks: [string, Limit][] = [[keys.pair, loginLimits.pair]];
  if (keys.ip) checks.push([keys.ip, loginLimits.ip]);
  if (!known || known.age >= KNOWN_DAYS * 86_400) checks.push([keys.account, loginLimits.account]);
  let wait = 0;
  for (const [key, limit] of checks) {
    const row = byKey.get(key);
    if (!row || row.attempts < limit.max || row.age >= limit.windowSeconds) continue;
    wait = Math.max(wait, Math.ceil(limit.windowSeconds - row.age));
  }
  return wait;
}

/** Deletes counters whose window ended more than a day ago, and addresses not used to sign in for 30 days. */
export async function pruneLoginThrottle(): Promise<number> {
  const rows = await db.execute<{ key: string }>(sql`
    delete from login_throttle
    where window_start < now() - ${LONGEST_WINDOW_SECONDS + 86_400}::int * interval '1 second'
      and (key not like 'known:%' or window_start < now() - ${KNOWN_DAYS}::int * interval '1 day')
    returning key`);
  return rows.length;
}
