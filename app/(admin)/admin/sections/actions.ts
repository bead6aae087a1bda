"use server";
// Server actions of the sections page (admins): session -> permission -> zod -> command.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { createSection, deleteSection, reorderSections, updateSection } from "@/lib/sections/commands";
import { sectionCreateSchema, sectionOrderSchema, sectionPatchSchema } from "@/lib/sections/schemas";

const id = z.uuid();

export async function createSectionAction(input: unknown) {
  return runAction(
    { permission: "section:manage", schema: sectionCreateSchema, input },
    async ({ actor }, i) => (await createSection({ actor, input: i })).section,
  );
}

export async function updateSectionAction(input: unknown) {
  return runAction({ permission: "section:manage", schema: sectionPatchSchema.extend({ id }), input }, async ({ actor }, { id, ...patch }) => {
    return (await updateSection({ actor, id, patch })).section;
  });
}

export async function reorderSectionsAction(input: unknown) {
  return runAction(
    { permission: "section:manage", schema: sectionOrderSchema, input },
    async ({ actor }, i) => (await reorderSections({ actor, ids: i.ids })).sections,
  );
}

export async function deleteSectionAction(input: unknown) {
  return runAction({ permission: "section:manage", schema: z.object({ id }), input }, async ({ actor }, i) => {
    await deleteSection({ actor, id: i.id });
    return { done: true };
  });
}
