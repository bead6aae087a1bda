"use server";
// Server actions of the media library. Every other change to the library
// goes through the Admin API's media routes with the session cookie (see
// "Media in the dashboard" in docs/architecture.md); bringing an image in by
// address has no route there, so the editor's image form calls this.
import { z } from "zod";
import { runAction } from "@/lib/actions/run-action";
import { imageUrlSchema } from "@/lib/articles/shape";
import { importImageFromUrl } from "@/lib/media/import-url";

/** An https image URL pasted into the editor (or a /images/ path of the site): fetched once into the library; the editor then uses the item's id. */
export async function importImageUrlAction(input: unknown) {
  const schema = z.object({
    url: imageUrlSchema.pipe(z.string().min(1, "is required")),
    alt: z.string().max(300).default(""),
    credit: z.string().max(200).default(""),
  });
  return runAction({ permission: "media:upload", schema, input }, ({ actor }, i) =>
    importImageFromUrl({ actor, url: i.url, field: "url", metadata: { alt: i.alt, credit: i.credit } }),
  );
}
