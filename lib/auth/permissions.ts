// Who may do what: the one table. Pages, actions and route handlers all ask
// `can(role, permission)`; nothing else compares roles.
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
  "tag:create",
  "tag:manage",
  "user:manage",
  "token:manage",
  "settings:manage",
  "audit:view",
] as const;
export type Permission = (typeof permissions)[number];

const contributor: Permission[] = ["dashboard:view", "article:create", "article:edit-own", "article:submit", "tag:create"];
const editor: Permission[] = [
  ...contributor,
  "article:edit-any",
  "article:review",
  "article:publish",
  "article:change-bylines",
  "preview:share",
  "tag:create",
  "tag:manage",
  "audit:view",
];
const admin: Permission[] = [...editor, "user:manage", "token:manage", "settings:manage"];

const grants: Record<Role, ReadonlySet<Permission>> = {
  contributor: new Set(contributor),
  editor: new Set(editor),
  admin: new Set(admin),
};

export function can(role: Role, permission: Permission): boolean {
  return grants[role].has(permission);
}

/** Fields only editors and admins may change, whatever the request says. */
export const editorOnlyFields = ["status", "publishAt", "unpublishAt", "bylines"] as const;
