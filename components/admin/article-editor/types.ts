import type { EditorArticle } from "@/lib/articles/editor-queries";

export type EditorFields = EditorArticle["fields"];
export type TagValue = EditorArticle["tags"][number];
export type BylineValue = EditorArticle["bylines"][number];

/** Everything the editor sends on save. */
export type Draft = { fields: EditorFields; tags: TagValue[]; bylines: BylineValue[]; slugTouched: boolean };

export type SaveState = "saved" | "dirty" | "saving" | "offline" | "conflict" | "error";

export type Conflict = { currentVersion: number; current: Record<string, unknown> | null };
