// Who may do what: the one table, and the rules about single articles built
// on it. Pages, actions, route handlers and commands ask `can(role,
// permission)` or one of the rules below; nothing else compares roles.
import { type Action, actionPermission, type Status } from "@/lib/publishing/status-machine";
import type { Actor } from "./actor";

export const roles = ["contributor", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  "dashboard:view",
  "article:create",
  "article:edit-own",
  "article:edit-any",
  "article:submit",
  "article:review", // send back
  "article:publish", // publish, publish changes, schedule, unpublish, back to draft
  "article:change-bylines",
  "preview:share",
  // The media library. Everyone in the newsroom browses it and uploads; a
  // contributor changes (alt text, credit, caption, focal point, the file) or
  // deletes only what they uploaded and only while no live story shows it,
  // since a change to an asset changes every story using it. Editors and
  // admins change and delete any asset (mayChangeMedia below).
  "media:view",
  "media:upload",
  "media:edit-own",
  "media:edit-any",
  "tag:create",
  // Rename, merge and delete tags; a tag an editor creates is public at once.
  "tag:manage",
  // Create, rename, reorder and delete the site's sections (its navigation).
  "section:manage",
  "user:manage",
  "token:manage",
  "settings:manage",
  "audit:view",
] as const;
export type Permission = (typeof permissions)[number];

const contributor: Permission[] = [
  "dashboard:view",
  "article:create",
  "article:edit-own",
  "article:submit",
  "tag:create",
  "media:view",
  "media:upload",
  "media:edit-own",
];
const editor: Permission[] = [
  ...contributor,
  "article:edit-any",
  "article:review",
  "article:publish",
  "article:change-bylines",
  "preview:share",
  "media:edit-any",
  "tag:create",
  "tag:manage",
  "audit:view",
];
const admin: Permission[] = [...editor, "section:manage", "user:manage", "token:manage", "settings:manage"];

const grants: Record<Role, ReadonlySet<Permission>> = {
  contributor: new Set(contributor),
  editor: new Set(editor),
  admin: new Set(admin),
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].has(permission);
}

/** Who is asking: the rules need only the id and the role. */
type Person = Pick<Actor, "id" | "role">;

/**
 * Which articles a person may see and edit in the newsroom: every one, only
 * their own (created by them or carrying their byline), or none. The one rule
 * behind `mayEditArticle` here and the SQL condition of lib/articles/visibility.ts.
 */
export type ArticleScope = "every" | "own" | "none";

export function articleScope(actor: Person): ArticleScope {
  if (can(actor.role, "article:edit-any")) return "every";
  return can(actor.role, "article:edit-own") ? "own" : "none";
}

/** Whether `actor` may see and edit this article (another person's draft included). */
export function mayEditArticle(actor: Person, article: { createdById: string; bylineIds: readonly string[] }): boolean {
  switch (articleScope(actor)) {
    case "every":
      return true;
    case "own":
      return article.createdById === actor.id || article.bylineIds.includes(actor.id);
    case "none":
      return false;
  }
}

/** Whether the working copy may change while the article is in `status`: contributors change drafts only. */
export function mayEditInStatus(actor: Person, status: Status): boolean {
  return can(actor.role, "article:edit-any") || status === "draft";
}

/** Whether `actor` may take a workflow action (a status change, or a publish or unpublish time). */
export function mayTakeAction(actor: Person, action: Action): boolean {
  return can(actor.role, actionPermission(action));
}

/** Whether `actor` may set when articles go live and come down. */
export const mayChangePublishTime = (actor: Person) => mayTakeAction(actor, "schedule") && mayTakeAction(actor, "schedule_unpublish");

/** Whether `actor` may choose whose names an article carries. */
export const mayChangeBylines = (actor: Person) => can(actor.role, "article:change-bylines");

/** Whether `actor` may turn the bylines `from` into `to`: an unchanged list is always allowed. */
export function mayReplaceBylines(actor: Person, from: readonly string[], to: readonly string[]): boolean {
  return mayChangeBylines(actor) || (from.length === to.length && from.every((id, i) => id === to[i]));
}

/** The bylines a new article starts with: those asked for when `actor` may choose them, else the actor's own name. */
export function initialBylines(actor: Person, requested: readonly string[]): string[] {
  return mayChangeBylines(actor) && requested.length ? [...requested] : [actor.id];
}

/**
 * Whether `actor` may change or delete a media item: its alt text, credit,
 * caption, focal point or file. Any item with `media:edit-any`; with
 * `media:edit-own`, one they uploaded that no live story shows.
 */
export function mayChangeMedia(actor: Person, item: { uploadedById: string | null; usedLive: boolean }): boolean {
  if (can(actor.role, "media:edit-any")) return true;
  return can(actor.role, "media:edit-own") && item.uploadedById === actor.id && !item.usedLive;
}
