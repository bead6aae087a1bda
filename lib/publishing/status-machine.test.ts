import { describe, expect, it } from "vitest";
import { can } from "@/lib/auth/permissions";
import { availableActions, nextStatus } from "./status-machine";

describe("status machine", () => {
  it.each([
    ["draft", "submit", "in_review"],
    ["in_review", "send_back", "draft"],
    ["draft", "publish", "published"],
    ["in_review", "publish", "published"],
    ["draft", "schedule", "scheduled"],
    ["scheduled", "cancel_schedule", "draft"],
    ["published", "publish_changes", "published"],
    ["published", "unpublish", "unpublished"],
    ["unpublished", "to_draft", "draft"],
    ["scheduled", "publish", "published"],
    ["scheduled", "schedule_unpublish", "scheduled"],
    ["published", "schedule_unpublish", "published"],
    ["published", "cancel_unpublish", "published"],
  ] as const)("%s --%s--> %s", (from, action, to) => {
    expect(nextStatus(from, action)).toMatchObject({ ok: true, to });
  });

  it.each([
    ["published", "submit"],
    ["draft", "unpublish"],
    ["unpublished", "publish"],
    ["scheduled", "publish_changes"],
    ["draft", "send_back"],
    ["draft", "schedule_unpublish"],
    ["unpublished", "cancel_unpublish"],
  ] as const)("refuses %s --%s--> with a reason", (from, action) => {
    const result = nextStatus(from, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^Cannot /);
  });

  it("lets contributors submit but not publish, schedule or unpublish", () => {
    const submit = nextStatus("draft", "submit");
    const publish = nextStatus("draft", "publish");
    const unpublish = nextStatus("published", "unpublish");
    expect(submit.ok && can("contributor", submit.permission)).toBe(true);
    expect(publish.ok && can("contributor", publish.permission)).toBe(false);
    expect(unpublish.ok && can("contributor", unpublish.permission)).toBe(false);
    expect(publish.ok && can("editor", publish.permission)).toBe(true);
  });

  it("offers the actions the table allows", () => {
    expect(availableActions("draft")).toEqual(["submit", "publish", "schedule"]);
    expect(availableActions("published")).toEqual(["publish_changes", "unpublish", "schedule_unpublish", "cancel_unpublish"]);
    expect(availableActions("scheduled")).toEqual(["publish", "schedule", "cancel_schedule", "schedule_unpublish", "cancel_unpublish"]);
  });
});
