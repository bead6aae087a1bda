import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { makeUser, unique } from "@/tests/factories";
import { checkCredentials, resolveSession } from "./users";

describe("checkCredentials", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const user = await makeUser("editor");
    const result = await checkCredentials({ email: user.email.toUpperCase(), password: user.password, ip: unique("ip") });
    expect(result).toMatchObject({ id: user.id, role: "editor" });
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await makeUser("editor");
    expect(await checkCredentials({ email: user.email, password: "wrong", ip: unique("ip") })).toBeNull();
    expect(await checkCredentials({ email: "nobody@example.test", password: "wrong", ip: unique("ip") })).toBeNull();
  });

  it("refuses a deactivated account", async () => {
    const user = await makeUser("editor");
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await checkCredentials({ email: user.email, password: user.password, ip: unique("ip") })).toBeNull();
  });

  it("rate-limits an account after five failures, even with the right password", async () => {
    const user = await makeUser("contributor");
    for (let i = 0; i < 5; i++) await checkCredentials({ email: user.email, password: "wrong", ip: unique("ip") });
    expect(await checkCredentials({ email: user.email, password: user.password, ip: unique("ip") })).toBe("rate_limited");
  });

  it("does not lock everyone out when no client address is known", async () => {
    for (let i = 0; i < 5; i++) await checkCredentials({ email: `${unique("y")}@example.test`, password: "wrong", ip: "unknown" });
    const user = await makeUser("contributor");
    expect(await checkCredentials({ email: user.email, password: user.password, ip: "unknown" })).toMatchObject({ id: user.id });
  });

  it("rate-limits an address that tries many accounts", async () => {
    const ip = unique("ip");
    for (let i = 0; i < 5; i++) await checkCredentials({ email: `${unique("x")}@example.test`, password: "wrong", ip });
    const user = await makeUser("contributor");
    expect(await checkCredentials({ email: user.email, password: user.password, ip })).toBe("rate_limited");
  });
});

describe("resolveSession", () => {
  it("ends old sessions when the session version moves on or the account is deactivated", async () => {
    const user = await makeUser("admin");
    expect(await resolveSession({ uid: user.id, sv: 1 })).toMatchObject({ id: user.id, role: "admin" });
    await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, user.id));
    expect(await resolveSession({ uid: user.id, sv: 1 })).toBeNull();
    expect(await resolveSession({ uid: user.id, sv: 2 })).not.toBeNull();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await resolveSession({ uid: user.id, sv: 2 })).toBeNull();
  });
});
