// Readers must get alt text for every image and a credit for the hero: a
// story goes live (publish, schedule, publish changes) only when each image
// has alt text (its own in the story, or the library item's) and the hero
// has a credit (likewise). A refusal names the fields that point at the
// image: heroImageAlt, heroImageCredit, or body ("image 3 needs alt text"),
// and lists the images in `details.images` for the editor to mark.
import "server-only";
import { inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { media } from "@/db/schema";
import type { RevisionSnapshot } from "@/lib/articles/shape";
import { mediaIdsOf } from "@/lib/media/usage";
import { AppError } from "@/lib/errors";

export type ImageProblem = { where: "hero" | "body"; index?: number; mediaId?: string; missing: ("alt" | "credit")[] };

type Story = Pick<RevisionSnapshot, "heroImageUrl" | "heroMediaId" | "heroImageAlt" | "heroImageCredit" | "body">;

/** What each image of the story lacks; empty when it may go live. */
export async function imageProblems(executor: Executor, story: Story): Promise<ImageProblem[]> {
  const ids = mediaIdsOf({ heroMediaId: story.heroMediaId ?? null, body: story.body });
  const rows = ids.length ? await executor.select({ id: media.id, alt: media.alt, credit: media.credit }).from(media).where(inArray(media.id, ids)) : [];
  const item = new Map(rows.map((r) => [r.id, r]));
  const problems: ImageProblem[] = [];
  const heroId = story.heroMediaId ?? null;
  if (heroId || story.heroImageUrl) {
    const own = heroId ? item.get(heroId) : undefined;
    const missing: ImageProblem["missing"] = [];
    if (!(story.heroImageAlt.trim() || own?.alt.trim())) missing.push("alt");
    if (!(story.heroImageCredit.trim() || own?.credit.trim())) missing.push("credit");
    if (missing.length) problems.push({ where: "hero", ...(heroId ? { mediaId: heroId } : {}), missing });
  }
  story.body.content.forEach((block, index) => {
    if (block.type !== "image") return;
    const own = block.attrs.mediaId ? item.get(block.attrs.mediaId) : undefined;
    if (!(block.attrs.alt.trim() || own?.alt.trim()))
      problems.push({ where: "body", index, ...(block.attrs.mediaId ? { mediaId: block.attrs.mediaId } : {}), missing: ["alt"] });
  });
  return problems;
}

/** Refuses (422) to put the story live while an image lacks alt text or the hero lacks a credit. */
export async function assertImagesReady(executor: Executor, story: Story): Promise<void> {
  const problems = await imageProblems(executor, story);
  if (problems.length === 0) return;
  const fields: Record<string, string[]> = {};
  for (const p of problems) {
    if (p.where === "hero") {
      if (p.missing.includes("alt")) fields.heroImageAlt = ["the hero image needs alt text: describe it for readers who cannot see it"];
      if (p.missing.includes("credit")) fields.heroImageCredit = ["the hero image needs a credit"];
    } else {
      (fields.body ??= []).push(`image ${p.index! + 1} needs alt text`);
    }
  }
  throw new AppError("invalid", "Every image needs alt text, and the hero image a credit, before the story goes live.", { fields, images: problems });
}
