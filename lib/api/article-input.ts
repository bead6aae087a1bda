// Turns the API's article fields (section slug, tag slugs or names, byline
// emails, Markdown or HTML body) into the ids and document the article
// commands take. Unknown references are refused with 422 naming the field,
// except byline emails from a caller who may not choose bylines: for them an
// unknown email resolves like anyone else's, so the caller's byline check
// refuses both alike and the answer never tells which emails have accounts.
// Resolving only reads, but for a hero given by address (heroImageUrl),
// which is imported into the media library (lib/media/import-url.ts) and
// becomes heroMediaId; tags to create are created by `createMissingTags`,
// which callers run in the transaction that saves the article.
import "server-only";
import type { Executor } from "@/db/client";
import { findSectionBySlug, findTagsByRefs, findUsersByEmails } from "@/lib/articles/api-queries";
import type { ArticleFieldsInput } from "@/lib/articles/shape";
import { slugify } from "@/lib/articles/slug";
import type { Actor } from "@/lib/auth/actor";
import { mayChangeBylines } from "@/lib/auth/permissions";
import { type ArticleDocument, documentSchema } from "@/lib/content/document";
import { htmlToDocument } from "@/lib/content/from-html";
import { markdownToDocument } from "@/lib/content/from-markdown";
import { AppError, invalid } from "@/lib/errors";
import { importImageFromUrl } from "@/lib/media/import-url";
import { type EnsuredTags, ensureTags } from "@/lib/tags/commands";
import type { TagKind } from "@/lib/tags/kinds";
import type { ArticleEditableInput } from "./schemas";

type TagSlot = { id: string } | { name: string; kind: TagKind };
export type ResolvedFields = { fields: Partial<ArticleFieldsInput>; tags?: TagSlot[] };

const unique = (ids: string[]) => [...new Set(ids)];

/** Not a user id: stands for an email with no account, for callers who may not learn that. */
const NO_SUCH_PERSON = "";

export async function resolveArticleInput(actor: Actor, input: ArticleEditableInput): Promise<ResolvedFields> {
  const { bodyMarkdown, bodyHtml, section, tags, bylines, heroImageUrl, ...plain } = input;
  const errors: Record<string, string[]> = {};
  const fail = (field: string, message: string) => (errors[field] ??= []).push(message);
  const fields: Partial<ArticleFieldsInput> = { ...plain };

  // An address is imported into the media library below, once the rest is known to be valid.
  if (heroImageUrl !== undefined) {
    fields.heroImageUrl = "";
    if (!heroImageUrl && plain.heroMediaId === undefined) fields.heroMediaId = null;
  }
  let body: ArticleDocument | undefined;
  if (bodyMarkdown !== undefined || bodyHtml !== undefined) {
    const field = bodyMarkdown !== undefined ? "bodyMarkdown" : "bodyHtml";
    const parsed = documentSchema.safeParse(bodyMarkdown !== undefined ? markdownToDocument(bodyMarkdown) : htmlToDocument(bodyHtml ?? ""));
    if (parsed.success) body = parsed.data;
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
    const mayChoose = mayChangeBylines(actor);
    const ids = bylines.map((email) => {
      const id = byEmail.get(email.toLowerCase());
      if (!id && mayChoose) fail("bylines", `no user has the email "${email}"`);
      return id ?? NO_SUCH_PERSON;
    });
    fields.bylineIds = unique(ids);
  }
  const slots = tags === undefined ? undefined : await resolveTags(tags, (message) => fail("tags", message));
  if (Object.keys(errors).length) throw invalid("Some fields are not valid.", errors);
  if (heroImageUrl) {
    const metadata = { alt: plain.heroImageAlt ?? "", credit: plain.heroImageCredit ?? "" };
    fields.heroMediaId = (await importImageFromUrl({ actor, url: heroImageUrl, field: "heroImageUrl", metadata })).id;
  }
  if (body) fields.body = await importBodyImages(actor, body, bodyMarkdown !== undefined ? "bodyMarkdown" : "bodyHtml");
  return { fields, tags: slots };
}

/** A block's text as an item's own (no markup characters, within the library's limit); the block keeps its own as it is. */
const libraryText = (text: string, max: number) => text.replace(/[<>]/g, "").trim().slice(0, max);

/** Images of a body sent by the API are imported too, at most this many per request. */
export const MAX_BODY_IMAGE_IMPORTS = 20;

/** The body with each image given by address imported into the media library and named by its id. */
async function importBodyImages(actor: Actor, body: ArticleDocument, field: string): Promise<ArticleDocument> {
  const addressed = body.content.filter((b) => b.type === "image" && !b.attrs.mediaId && b.attrs.src.trim());
  if (addressed.length > MAX_BODY_IMAGE_IMPORTS) {
    throw invalid("Some fields are not valid.", { [field]: [`has ${addressed.length} images; at most ${MAX_BODY_IMAGE_IMPORTS} can be imported at once`] });
  }
  const content = [];
  for (const block of body.content) {
    if (block.type !== "image" || block.attrs.mediaId || !block.attrs.src.trim()) {
      content.push(block);
      continue;
    }
    const { src, ...texts } = block.attrs;
    const media = await importImageFromUrl({
      actor,
      url: src.trim(),
      field,
      metadata: { alt: libraryText(texts.alt, 300), credit: libraryText(texts.credit, 200) },
    });
    content.push({ ...block, attrs: { ...texts, mediaId: media.id, src: "" } });
  }
  return { ...body, content };
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

/**
 * Inside the caller's transaction (so a refused save leaves no tag behind):
 * creates the tags given as { name, kind } that do not exist yet, within the
 * account's daily tag quota, and returns the fields with every tag id, and the
 * slugs of tags created as public pages (for invalidateListedTags after the commit).
 */
export async function createMissingTags(
  tx: Executor,
  actor: Actor,
  resolved: ResolvedFields,
): Promise<{ fields: Partial<ArticleFieldsInput>; listedSlugs: string[] }> {
  if (!resolved.tags) return { fields: resolved.fields, listedSlugs: [] };
  const named = resolved.tags.filter((slot): slot is Exclude<TagSlot, { id: string }> => !("id" in slot));
  let ensured: EnsuredTags = { tags: [], listedSlugs: [] };
  try {
    if (named.length) ensured = await ensureTags(tx, actor, named);
  } catch (error) {
    if (error instanceof AppError && error.code === "invalid") throw invalid("Some fields are not valid.", { tags: [error.message] });
    throw error;
  }
  let next = 0;
  const ids = resolved.tags.map((slot) => ("id" in slot ? slot.id : ensured.tags[next++].id));
  return { fields: { ...resolved.fields, tagIds: unique(ids) }, listedSlugs: ensured.listedSlugs };
}
