"use server";
// Server actions of the article editor. Each goes through runAction:
// session -> permission -> zod -> command.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { getArticleForEditor } from "@/lib/articles/editor-queries";
import { forbidden, notFound } from "@/lib/errors";
import { createArticle } from "@/lib/articles/commands";
import { emptyDocument } from "@/lib/content/document";
import { createPreviewLink, revokePreviewLink } from "@/lib/articles/preview";
import { restoreRevision } from "@/lib/articles/revisions";
import { saveArticle } from "@/lib/articles/update";
import { transitionArticle } from "@/lib/publishing/commands";
import { actions } from "@/lib/publishing/status-machine";
import { mayTakeAction } from "@/lib/auth/permissions";
import { createTag } from "@/lib/tags/commands";
import { searchTags } from "@/lib/tags/queries";
import { tagKind } from "@/lib/tags/kinds";

const id = z.uuid();
const version = z.number().int().min(1);

export async function createDraftAction(input: unknown) {
  return runAction({ permission: "article:create", schema: z.object({}).strict(), input }, ({ actor }) =>
    createArticle({ actor, fields: { title: "Untitled story", body: emptyDocument } }),
  );
}

export async function saveArticleAction(input: unknown) {
  const schema = z.object({
    id,
    version,
    kind: z.enum(["save", "autosave"]),
    // Field-by-field validation happens in saveArticle, with messages per field.
    fields: z.record(z.string(), z.unknown()),
  });
  return runAction({ permission: "article:edit-own", schema, input }, ({ actor }, i) =>
    saveArticle({ actor, articleId: i.id, version: i.version, fields: i.fields, kind: i.kind }),
  );
}

export async function transitionArticleAction(input: unknown) {
  const schema = z.object({
    id,
    version,
    action: z.enum(actions),
    at: z.iso.datetime({ offset: true }).optional(),
    unpublishAt: z.iso.datetime({ offset: true }).nullable().optional(),
    note: z.string().max(2000).optional(),
  });
  return runAction({ permission: "article:submit", schema, input }, async ({ actor }, i) => {
    // Refuse before reading anything when the role can never take this step.
    if (!mayTakeAction(actor, i.action)) throw forbidden("Your role does not allow this.");
    const result = await transitionArticle({
      actor,
      articleId: i.id,
      action: i.action,
      version: i.version,
      at: i.at ? new Date(i.at) : undefined,
      unpublishAt: i.unpublishAt == null ? i.unpublishAt : new Date(i.unpublishAt),
      note: i.note,
    });
    return { status: result.status, version: result.version };
  });
}

export async function searchTagsAction(input: unknown) {
  return runAction({ permission: "dashboard:view", schema: z.object({ q: z.string().max(100) }), input }, (_ctx, i) => searchTags({ q: i.q }));
}

export async function createTagAction(input: unknown) {
  const schema = z.object({ name: z.string().max(80), kind: z.enum(tagKind) });
  return runAction({ permission: "tag:create", schema, input }, ({ actor }, i) => createTag(actor, i));
}

export async function loadArticleAction(input: unknown) {
  return runAction({ permission: "dashboard:view", schema: z.object({ id }), input }, async ({ actor }, i) => {
    const article = await getArticleForEditor({ actor, id: i.id });
    if (!article) throw notFound("Article not found.");
    return article;
  });
}

export async function restoreRevisionAction(input: unknown) {
  const schema = z.object({ id, version, number: z.number().int().min(1) });
  return runAction({ permission: "article:edit-own", schema, input }, ({ actor }, i) =>
    restoreRevision({ actor, articleId: i.id, number: i.number, version: i.version }),
  );
}

export async function createShareLinkAction(input: unknown) {
  const schema = z.object({ id, hours: z.number().int().min(1).max(720) });
  return runAction({ permission: "preview:share", schema, input }, ({ actor }, i) => createPreviewLink({ actor, articleId: i.id, hours: i.hours }));
}

export async function revokeShareLinkAction(input: unknown) {
  return runAction({ permission: "preview:share", schema: z.object({ linkId: id }), input }, async ({ actor }, i) => {
    await revokePreviewLink({ actor, linkId: i.linkId });
    return { revoked: true };
  });
}
