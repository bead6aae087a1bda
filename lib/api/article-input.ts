// Turns the API's article fields (section slug, tag slugs or names, byline
// emails, Markdown or HTML body) into the ids and document the article
// commands take. Unknown references are refused with 422 naming the field.
// Resolving only reads; tags to create are created by `createMissingTags`,
// which callers run once every other check has passed.
import "server-only";
import { findSectionBySlug, findTagsByRefs, findUsersByEmails } from "@/lib/articles/api-queries";
import type { ArticleFieldsInput } from "@/lib/articles/input";
import { slugify } from "@/lib/articles/slug";
import type { Actor } from "@/lib/auth/actor";
import { documentSchema } from "@/lib/content/document";
import { htmlToDocument } from "@/lib/content/from-html";
import { markdownToDocument } from "@/lib/content/from-markdown";
import { AppError, invalid } from "@/lib/errors";
import { createTag } from "@/lib/tags/commands";
import type { TagKind } from "@/lib/tags/kinds";
import type { ArticleEditableInput } from "./schemas";

type TagSlot = { id: string } | { name: string; kind: TagKind };
export type ResolvedFields = { fields: Partial<ArticleFieldsInput>; tags?: TagSlot[] };

const unique = (ids: string[]) => [...new Set(ids)];

export async function resolveArticleInput(input: ArticleEditableInput): Promise<ResolvedFields> {
  const { bodyMarkdown, bodyHtml, section, tags, bylines, heroImageUrl, ...plain } = input;
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] ??= []).push(message);
  const fields: Partial<ArticleFieldsInput> = { ...plain };

  if (heroImageUrl !== undefined) fields.heroImageUrl = heroImageUrl ?? "";
  if (bodyMarkdown !== undefined || bodyHtml !== undefined) {
    const field = bodyMarkdown !== undefined ? "bodyMarkdown" : "bodyHtml";
    const parsed = documentSchema.safeParse(bodyMarkdown !== undefined ? markdownToDocument(bodyMarkdown) : htmlToDocument(bodyHtml ?? ""));
    if (parsed.success) fields.body = parsed.data;
    else fail(field, "makes a body larger than an article can hold (too many blocks, list items or characters in one paragraph)");
  }
  if (section !== undefined) {
    const found = section === null ? { id: null } : await findSectionBySlug({ slug: section });
    if (found) fields.sectionId = found.id;
    else fail("section", `no section has the slug "${section}"`);
  }
  if (bylines !== undefined) {
    const people = await findUsersByEmails({ emails: bylines });
    const byEmail = new Map(people.map((p) => [p.email.toLowerCase(), p.id]));
    const ids = bylines.map((email) => {
      const id = byEmail.get(email.toLowerCase());
      if (!id) fail("bylines", `no user has the email "${email}"`);
      return id ?? "";
    });
    fields.bylineIds = unique(ids);
  }
  const slots = tags === undefined ? undefined : await resolveTags(tags, (message) => fail("tags", message));
  if (Object.keys(errors).length) throw invalid("Some fields are not valid.", errors);
  return { fields, tags: slots };
}

async function resolveTags(inputs: NonNullable<ArticleEditableInput["tags"]>, fail: (message: string) => void): Promise<TagSlot[]> {
  const refs = inputs.filter((t): t is string => typeof t === "string");
  const found = await findTagsByRefs({ refs });
  return inputs.map((input): TagSlot => {
    if (typeof input !== "string") {
      if (!slugify(input.name)) fail(`"${input.name}" needs a letter or digit to become a tag`);
      return input;
    }
    const bySlug = found.find((t) => t.slug === input);
    const byName = found.filter((t) => t.name.toLowerCase() === input.toLowerCase());
    const match = bySlug ?? (byName.length === 1 ? byName[0] : undefined);
    if (!match) fail(byName.length > 1 ? `"${input}" names several tags; use the slug` : `no tag has the slug or name "${input}"`);
    return { id: match?.id ?? "" };
  });
}

/** Creates the tags given as { name, kind } that do not exist yet, and returns the fields with every tag id. */
export async function createMissingTags(actor: Actor, resolved: ResolvedFields): Promise<Partial<ArticleFieldsInput>> {
  if (!resolved.tags) return resolved.fields;
  const ids: string[] = [];
  for (const slot of resolved.tags) {
    if ("id" in slot) {
      ids.push(slot.id);
      continue;
    }
    try {
      ids.push((await createTag(actor, slot)).id);
    } catch (error) {
      if (error instanceof AppError && error.code === "invalid") throw invalid("Some fields are not valid.", { tags: [error.message] });
      throw error;
    }
  }
  return { ...resolved.fields, tagIds: unique(ids) };
}
