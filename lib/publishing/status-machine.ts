// The editorial status machine (docs/architecture.md, "Status machine"). This table decides every status
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
  "schedule_unpublish",
  "cancel_unpublish",
] as const;
export type Action = (typeof actions)[number];

/** `to: "same"`: the action changes a time, not the status. */
type Transition = { from: readonly Status[]; to: Status | "same"; permission: Permission };

const transitions: Record<Action, Transition> = {
  submit: { from: ["draft"], to: "in_review", permission: "article:submit" },
  send_back: { from: ["in_review"], to: "draft", permission: "article:review" },
  publish: { from: ["draft", "in_review", "scheduled"], to: "published", permission: "article:publish" },
  schedule: { from: ["draft", "in_review", "scheduled"], to: "scheduled", permission: "article:publish" },
  cancel_schedule: { from: ["scheduled"], to: "draft", permission: "article:publish" },
  publish_changes: { from: ["published"], to: "published", permission: "article:publish" },
  unpublish: { from: ["published"], to: "unpublished", permission: "article:publish" },
  to_draft: { from: ["unpublished"], to: "draft", permission: "article:publish" },
  schedule_unpublish: { from: ["scheduled", "published"], to: "same", permission: "article:publish" },
  cancel_unpublish: { from: ["scheduled", "published"], to: "same", permission: "article:publish" },
};

/**
 * What the scheduler does when a stored time is reached. No person acts, so
 * no permission applies; lib/publishing/scheduler.ts claims the due rows.
 */
export const timedTransitions = {
  publish_at: { from: "scheduled", to: "published" },
  unpublish_at: { from: "published", to: "unpublished" },
} as const satisfies Record<string, { from: Status; to: Status }>;
export type TimedTransition = keyof typeof timedTransitions;

export type TransitionResult = { ok: true; to: Status; permission: Permission } | { ok: false; reason: string };

export function nextStatus(from: Status, action: Action): TransitionResult {
  const t = transitions[action];
  if (!t.from.includes(from)) {
    return { ok: false, reason: `Cannot ${action.replaceAll("_", " ")} an article that is ${from.replace("_", " ")}.` };
  }
  return { ok: true, to: t.to === "same" ? from : t.to, permission: t.permission };
}

/** The permission an action needs, whatever the article's status. */
export const actionPermission = (action: Action): Permission => transitions[action].permission;

/** Actions offered for an article in `status`, before permission checks. */
export function availableActions(status: Status): Action[] {
  return actions.filter((a) => transitions[a].from.includes(status));
}
