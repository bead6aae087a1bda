"use server";
// Server actions of the tags page (editors): session -> permission -> zod -> command.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { invalid } from "@/lib/errors";
import { findTagByNameOrSlug } from "@/lib/tags/admin-queries";
import { deleteTag, mergeTag, updateTag } from "@/lib/tags/manage";
import { tagPatchSchema } from "@/lib/tags/schemas";

const id = z.uuid();

export async function updateTagAction(input: unknown) {
  return runAction({ permission: "tag:manage", schema: tagPatchSchema.extend({ id }), input }, async ({ actor }, { id, ...patch }) => {
    return (await updateTag({ actor, id, patch })).tag;
  });
}

/** `into`: the slug or name of the tag to merge into, as the editor typed it. */
export async function mergeTagAction(input: unknown) {
  const schema = z.object({ id, into: z.string().trim().min(1, "is required").max(100) });
  return runAction({ permission: "tag:manage", schema, input }, async ({ actor }, i) => {
    const into = await findTagByNameOrSlug({ text: i.into });
    if (!into) throw invalid("No tag has that name or slug.", { into: ["is not a tag"] });
    const { tag, stories } = await mergeTag({ actor, id: i.id, intoId: into.id });
    return { tag, stories };
  });
}

export async function deleteTagAction(input: unknown) {
  const schema = z.object({ id, confirmStories: z.number().int().min(0).optional() });
  return runAction({ permission: "tag:manage", schema, input }, async ({ actor }, i) => ({ stories: (await deleteTag({ actor, ...i })).stories }));
}
