import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users, userTokens } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { hashToken } from "@/lib/auth/tokens";
import { checkCredentials } from "@/lib/auth/users";
import { makeUser, unique } from "@/tests/factories";
import { createAccount, isPasswordTokenUsable, resetPassword, setActive, setPasswordWithToken } from "./commands";

let admin: Actor;
beforeAll(async () => {
  admin = await makeUser("admin");
});

const tokenOf = (link: string) => link.split("/").pop()!;
const usable = (link: string) => isPasswordTokenUsable({ token: tokenOf(link) });
const spend = (link: string, password = "a brand new passphrase") => setPasswordWithToken({ token: tokenOf(link), password });
const invite = () => createAccount(admin, { email: `${unique("new")}@example.test`, name: "New Person", role: "contributor", method: "invite" });

async function hoursValid(link: string) {
  const [row] = await db
    .select({ expiresAt: userTokens.expiresAt })
    .from(userTokens)
    .where(eq(userTokens.tokenHash, hashToken(tokenOf(link))));
  return (row.expiresAt.getTime() - Date.now()) / 3_600_000;
}

describe("invite and reset links", () => {
  it("are short-lived: an invite for 72 hours, a reset for one", async () => {
    const account = await invite();
    expect(account.linkHours).toBe(72);
    expect(await hoursValid(account.link!)).toBeCloseTo(72, 1);
    const reset = await resetPassword(admin, { userId: account.id });
    expect(reset.linkHours).toBe(1);
    expect(await hoursValid(reset.link)).toBeCloseTo(1, 1);
  });

  it("work once, and sign-in works with the password chosen", async () => {
    const account = await invite();
    const [{ email }] = await db.select({ email: users.email }).from(users).where(eq(users.id, account.id));
    await spend(account.link!, "the chosen passphrase");
    expect(await usable(account.link!)).toBe(false);
    await expect(spend(account.link!, "another passphrase!")).rejects.toMatchObject({ code: "not_found" });
    expect(await checkCredentials({ email, password: "the chosen passphrase", ip: "198.18.200.1" })).toMatchObject({ id: account.id });
  });

  it("stop working once expired", async () => {
    const { link, id } = await invite();
    await db
      .update(userTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(userTokens.userId, id));
    expect(await usable(link!)).toBe(false);
    await expect(spend(link!)).rejects.toMatchObject({ code: "not_found" });
  });

  it("a new link cancels the older unused ones", async () => {
    const account = await invite();
    const first = await resetPassword(admin, { userId: account.id });
    expect(await usable(account.link!)).toBe(false);
    await expect(spend(account.link!)).rejects.toMatchObject({ code: "not_found" });
    const second = await resetPassword(admin, { userId: account.id });
    expect(await usable(first.link)).toBe(false);
    await expect(spend(first.link)).rejects.toMatchObject({ code: "not_found" });
    expect(await usable(second.link)).toBe(true);
    await spend(second.link);
  });

  it("deactivation cancels every link, and reactivation does not bring them back", async () => {
    const account = await invite();
    await setActive(admin, { userId: account.id, active: false });
    expect(await usable(account.link!)).toBe(false);
    await expect(spend(account.link!)).rejects.toMatchObject({ code: "not_found" });
    await setActive(admin, { userId: account.id, active: true });
    expect(await usable(account.link!)).toBe(false);
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, account.id));
    expect(row.passwordHash).toBeNull();
  });

  it("a link cannot be spent for a deactivated account", async () => {
    const person = await makeUser("editor");
    const { link } = await resetPassword(admin, { userId: person.id });
    // Deactivated by hand, bypassing setActive's clean-up: the link itself still refuses.
    await db.update(users).set({ active: false }).where(eq(users.id, person.id));
    expect(await usable(link)).toBe(false);
    await expect(spend(link)).rejects.toMatchObject({ code: "not_found" });
    const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, person.id));
    expect(row.passwordHash).toBeNull();
  });
});
