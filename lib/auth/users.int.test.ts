import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { makeUser, unique } from "@/tests/factories";
import { loginLimits } from "./login-throttle";
import { authOptions } from "./options";
import { checkCredentials, loginRetryAfter, resolveSession } from "./users";

let nextAddress = 1;
/** A documentation address (198.18.0.0/15) no other test uses. */
const address = () => {
  const n = nextAddress++;
  return `198.18.${Math.floor(n / 250)}.${(n % 250) + 1}`;
};

const wrong = (email: string, ip: string) => checkCredentials({ email, password: "wrong password", ip });

describe("checkCredentials", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await makeUser("editor");
    const result = await checkCredentials({ email: user.email.toUpperCase(), password: user.password, ip: address() });
    expect(result).toMatchObject({ id: user.id, role: "editor" });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await makeUser("editor");
    expect(await wrong(user.email, address())).toBeNull();
    expect(await wrong("nobody@example.test", address())).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const user = await makeUser("editor");
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await checkCredentials({ email: user.email, password: user.password, ip: address() })).toBeNull();
  });
});

describe("the sign-in throttle", () => {
  it("lets at most the limit of 60 parallel wrong passwords reach the check; the owner still signs in from elsewhere", async () => {
    const owner = await makeUser("admin");
    const attacker = address();
    const results = await Promise.all(Array.from({ length: 60 }, () => wrong(owner.email, attacker)));
    const checked = results.filter((r) => r === null).length;
    const refused = results.filter((r) => r === "rate_limited").length;
    expect(checked).toBe(loginLimits.pair.max);
    expect(checked + refused).toBe(60);
    // The stranger stays refused even with the right password, and the endpoint's pre-check says so...
    expect(await checkCredentials({ email: owner.email, password: owner.password, ip: attacker })).toBe("rate_limited");
    expect(await loginRetryAfter({ email: owner.email, ip: attacker })).toBeGreaterThan(loginLimits.pair.windowSeconds - 60);
    // ...but the owner, from their own address, is not held up at all.
    const home = address();
    expect(await loginRetryAfter({ email: owner.email, ip: home })).toBe(0);
    expect(await checkCredentials({ email: owner.email, password: owner.password, ip: home })).toMatchObject({ id: owner.id });
  });

  it("limits an address that tries many accounts, and only that address", async () => {
    const sprayer = address();
    for (let i = 0; i < loginLimits.ip.max; i++) expect(await wrong(`${unique("x")}@example.test`, sprayer)).toBeNull();
    const user = await makeUser("contributor");
    expect(await checkCredentials({ email: user.email, password: user.password, ip: sprayer })).toBe("rate_limited");
    expect(await checkCredentials({ email: user.email, password: user.password, ip: address() })).toMatchObject({ id: user.id });
  });

  it("caps attempts at one account from many addresses, except from an address the owner signed in from", async () => {
    const owner = await makeUser("editor");
    const home = address();
    expect(await checkCredentials({ email: owner.email, password: owner.password, ip: home })).toMatchObject({ id: owner.id });
    // A botnet: each address stays under its own limit, together they reach the account's.
    const bots = Array.from({ length: loginLimits.account.max / loginLimits.pair.max }, address);
    const results = await Promise.all(bots.flatMap((bot) => Array.from({ length: loginLimits.pair.max }, () => wrong(owner.email, bot))));
    expect(results.every((r) => r === null)).toBe(true);

    const elsewhere = address();
    expect(await loginRetryAfter({ email: owner.email, ip: elsewhere })).toBeGreaterThan(0);
    expect(await checkCredentials({ email: owner.email, password: owner.password, ip: elsewhere })).toBe("rate_limited");
    expect(await loginRetryAfter({ email: owner.email, ip: home })).toBe(0);
    expect(await checkCredentials({ email: owner.email, password: owner.password, ip: home })).toMatchObject({ id: owner.id });
  });

  it("forgets an address's failures at an account once the owner signs in from it", async () => {
    const user = await makeUser("contributor");
    const ip = address();
    for (let i = 0; i < loginLimits.pair.max - 1; i++) expect(await wrong(user.email, ip)).toBeNull();
    expect(await checkCredentials({ email: user.email, password: user.password, ip })).toMatchObject({ id: user.id });
    // A typo or two later the same day is not punished for this morning's.
    for (let i = 0; i < loginLimits.pair.max; i++) expect(await wrong(user.email, ip)).toBeNull();
    expect(await wrong(user.email, ip)).toBe("rate_limited");
  });

  it("opens again once the window has passed", async () => {
    const user = await makeUser("contributor");
    const ip = address();
    for (let i = 0; i < loginLimits.pair.max; i++) await wrong(user.email, ip);
    expect(await checkCredentials({ email: user.email, password: user.password, ip })).toBe("rate_limited");
    // Fifteen minutes pass.
    await db.execute(
      sql`update login_throttle set window_start = window_start - ${loginLimits.pair.windowSeconds}::int * interval '1 second' where key like ${`pair:${user.email}|%`}`,
    );
    expect(await loginRetryAfter({ email: user.email, ip })).toBe(0);
    expect(await checkCredentials({ email: user.email, password: user.password, ip })).toMatchObject({ id: user.id });
  });

  it("does not lock everyone out when no client address is known", async () => {
    for (let i = 0; i < loginLimits.pair.max; i++) await wrong(`${unique("y")}@example.test`, "unknown");
    const user = await makeUser("contributor");
    expect(await checkCredentials({ email: user.email, password: user.password, ip: "unknown" })).toMatchObject({ id: user.id });
  });

  it("counts nothing when the endpoint only asks how long to wait", async () => {
    const user = await makeUser("contributor");
    const ip = address();
    for (let i = 0; i < 20; i++) expect(await loginRetryAfter({ email: user.email, ip })).toBe(0);
    expect(await checkCredentials({ email: user.email, password: user.password, ip })).toMatchObject({ id: user.id });
  });
});

describe("resolveSession", () => {
  it("ends old sessions when the session version moves on or the account is deactivated", async () => {
    const user = await makeUser("admin");
    expect(await resolveSession({ uid: user.id, sv: 1 })).toMatchObject({ id: user.id, role: "admin" });
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect(await resolveSession({ uid: user.id, sv: 1 })).toBeNull();
    expect(await resolveSession({ uid: user.id, sv: 2 })).not.toBeNull();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSession({ uid: user.id, sv: 2 })).toBeNull();
  });
});

describe("sign-out", () => {
  const signOut = (token: Record<string, unknown> | null) =>
    // next-auth calls this with the decoded session cookie.
    authOptions().events!.signOut!({ token, session: null } as never);

  it("revokes the session on the server, so a copied cookie stops working; signing in again works", async () => {
    const user = await makeUser("editor");
    const signedIn = await checkCredentials({ email: user.email, password: user.password, ip: address() });
    if (!signedIn || signedIn === "rate_limited") throw new Error("sign-in failed");
    const claims = { uid: user.id, sv: signedIn.sessionVersion };
    expect(await resolveSession(claims)).not.toBeNull();

    await signOut({ ...claims, name: user.name });
    expect(await resolveSession(claims)).toBeNull();

    const again = await checkCredentials({ email: user.email, password: user.password, ip: address() });
    if (!again || again === "rate_limited") throw new Error("sign-in failed");
    expect(await resolveSession({ uid: user.id, sv: again.sessionVersion })).toMatchObject({ id: user.id });
    // Signing out with the old, already dead cookie does not end the new session.
    await signOut(claims);
    expect(await resolveSession({ uid: user.id, sv: again.sessionVersion })).toMatchObject({ id: user.id });
  });

  it("ignores a token without our claims", async () => {
    await expect(signOut(null)).resolves.toBeUndefined();
    await expect(signOut({ uid: "not-a-uuid", sv: 1 })).resolves.toBeUndefined();
    await expect(signOut({ uid: "4f9a4c1e-5b8e-4a53-9d0e-2f3b4c5d6e7f", sv: "1" })).resolves.toBeUndefined();
  });
});
