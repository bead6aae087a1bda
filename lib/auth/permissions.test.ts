import { describe, expect, it } from "vitest";
import { actions, type Status, statuses } from "@/lib/publishing/status-machine";
import {
  articleScope,
  can,
  initialBylines,
  mayChangeBylines,
  mayChangeMedia,
  mayChangePublishTime,
  mayEditArticle,
  mayEditInStatus,
  mayReplaceBylines,
  mayTakeAction,
  type Role,
  roles,
} from "./permissions";

const me = "00000000-0000-4000-8000-000000000001";
const other = "00000000-0000-4000-8000-000000000002";
const third = "00000000-0000-4000-8000-000000000003";
const person = (role: Role) => ({ id: me, role });

describe("articleScope and mayEditArticle", () => {
  it.each([
    { role: "contributor", scope: "own" },
    { role: "editor", scope: "every" },
    { role: "admin", scope: "every" },
  ] as const)("$role sees $scope", ({ role, scope }) => {
    expect(articleScope(person(role))).toBe(scope);
  });

  const articles = {
    created: { createdById: me, bylineIds: [other] },
    byline: { createdById: other, bylineIds: [other, me] },
    someoneElses: { createdById: other, bylineIds: [other, third] },
    noBylines: { createdById: other, bylineIds: [] },
  };
  it.each([
    { role: "contributor", created: true, byline: true, someoneElses: false, noBylines: false },
    { role: "editor", created: true, byline: true, someoneElses: true, noBylines: true },
    { role: "admin", created: true, byline: true, someoneElses: true, noBylines: true },
  ] as const)("$role: own, bylined, someone else's, unbylined", ({ role, ...expected }) => {
    for (const [name, article] of Object.entries(articles)) {
      expect([name, mayEditArticle(person(role), article)]).toEqual([name, expected[name as keyof typeof articles]]);
    }
  });
});

describe("mayEditInStatus", () => {
  const editable: Record<Role, Status[]> = {
    contributor: ["draft"],
    editor: [...statuses],
    admin: [...statuses],
  };
  it.each(roles)("%s", (role) => {
    expect(statuses.filter((s) => mayEditInStatus(person(role), s))).toEqual(editable[role]);
  });
});

describe("mayTakeAction and mayChangePublishTime", () => {
  it.each([
    { role: "contributor", allowed: ["submit"], publishTime: false },
    { role: "editor", allowed: [...actions], publishTime: true },
    { role: "admin", allowed: [...actions], publishTime: true },
  ] as const)("$role", ({ role, allowed, publishTime }) => {
    expect(actions.filter((a) => mayTakeAction(person(role), a))).toEqual(allowed);
    expect(mayChangePublishTime(person(role))).toBe(publishTime);
  });
});

describe("bylines", () => {
  it.each([
    { role: "contributor", choose: false },
    { role: "editor", choose: true },
    { role: "admin", choose: true },
  ] as const)("$role may choose bylines: $choose", ({ role, choose }) => {
    const actor = person(role);
    expect(mayChangeBylines(actor)).toBe(choose);
    expect(mayChangeBylines(actor)).toBe(can(role, "article:change-bylines"));
    // An unchanged list is no change, whoever saves it.
    expect(mayReplaceBylines(actor, [me, other], [me, other])).toBe(true);
    expect(mayReplaceBylines(actor, [], [])).toBe(true);
    // Reordering, adding or removing a name is a change.
    expect(mayReplaceBylines(actor, [me, other], [other, me])).toBe(choose);
    expect(mayReplaceBylines(actor, [me], [me, other])).toBe(choose);
    expect(mayReplaceBylines(actor, [me, other], [me])).toBe(choose);
    expect(mayReplaceBylines(actor, [], [""])).toBe(choose);
  });

  it.each([
    { role: "contributor", requested: [other], starts: [me] },
    { role: "contributor", requested: [], starts: [me] },
    { role: "editor", requested: [other, third], starts: [other, third] },
    { role: "editor", requested: [], starts: [me] },
    { role: "admin", requested: [other], starts: [other] },
  ] as const)("$role asking for $requested starts with $starts", ({ role, requested, starts }) => {
    expect(initialBylines(person(role), requested)).toEqual(starts);
  });
});

describe("mayChangeMedia", () => {
  it.each([
    { role: "contributor", own: true, usedLive: false, allowed: true },
    { role: "contributor", own: true, usedLive: true, allowed: false },
    { role: "contributor", own: false, usedLive: false, allowed: false },
    { role: "editor", own: false, usedLive: true, allowed: true },
    { role: "admin", own: false, usedLive: true, allowed: true },
  ] as const)("$role, own $own, shown live $usedLive: $allowed", ({ role, own, usedLive, allowed }) => {
    expect(mayChangeMedia(person(role), { uploadedById: own ? me : other, usedLive })).toBe(allowed);
  });

  it("lets everyone browse and upload, and only editors and admins change anyone's images", () => {
    for (const role of roles) {
      expect(can(role, "media:view") && can(role, "media:upload")).toBe(true);
      expect(can(role, "media:edit-any")).toBe(role !== "contributor");
    }
  });
});
