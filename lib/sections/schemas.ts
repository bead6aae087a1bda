// What an admin may send to create, change or reorder sections. Pure: the
// Admin API, the server actions and the commands parse with these, and the
// OpenAPI document is generated from them.
import { z } from "zod";
import { descriptionField, nameField, slugField, versionField } from "@/lib/tags/schemas";

export const sectionCreateSchema = z
  .object({ name: nameField, slug: slugField.optional().describe("Made from the name when left out."), description: descriptionField.optional() })
  .strict();
export const sectionPatchSchema = z.object({ name: nameField.optional(), description: descriptionField.optional(), version: versionField }).strict();
export const sectionOrderSchema = z
  .object({ ids: z.array(z.uuid()).min(1).max(200).describe("Every section's id, in the new order of the site navigation.") })
  .strict();
