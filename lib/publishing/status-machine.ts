// The editorial status machine (DESIGN.md). This table decides every status
// change; lib/publishing/commands.ts is the only code that writes the result.
import type { Permission } from "@/lib/auth/permissions";

export const statuses = ["draft", "in_review", "scheduled", "published", "unpublished"] as const;
export type Status = (typeof statuses)[number];

export const actions = [
  "submit",
  "send_back",
  "publish",
  "schedule",
  "cancel_schedule",
  "publish_changes",
  "unpublish",
  "to_draft",
] as const;
export type Action = (typeof actions)[number];

type Transition = { from: readonly Status[]; to: Status; permission: Permission };

const transitions: Record<Action, Transition> = {
  submit: { from: ["draft"], to: "in_review", permission: "article:submit" },
  send_back: { from: ["in_review"], to: "draft", permission: "article:review" },
  publish: { from: ["draft", "in_review"], to: "published", permission: "article:publish" },
  schedule: { from: ["draft", "in_review", "scheduled"], to: "scheduled", permission: "article:publish" },
  cancel_schedule: { from: ["scheduled"], to: "draft", permission: "article:publish" },
  publish_changes: { from: ["published"], to: "published", permission: "article:publish" },
  unpublish: { from: ["published"], to: "unpublished", permission: "article:publish" },
  to_draft: { from: ["unpublished"], to: "draft", permission: "article:publish" },
};

export type TransitionResult =
  | { ok: true; to: Status; permission: Permission }
  | { ok: false; reason: string };

export function nextStatus(from: Status, action: Action): TransitionResult {
  const t = transitions[action];
  if (!t.from.includes(from)) {
    return { ok: false, reason: `Cannot ${action.replace("_", " ")} an article that is ${from.replace("_", " ")}.` };
  }
  return { ok: true, to: t.to, permission: t.permission };
}

/** The permission an action needs, whatever the article's status. */
export const actionPermission = (action: Action): Permission => transitions[action].permission;

/** Actions offered for an article in `status`, before permission checks. */
export function availableActions(status: Status): Action[] {
  return actions.filter((a) => transitions[a].from.includes(status));
}

/** Whether readers can see the article in this status. */
export const isLive = (status: Status) => status === "published";
