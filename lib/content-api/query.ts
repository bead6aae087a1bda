// The query string of GET /api/content/articles, parsed before anything is
// looked up or cached: one value per parameter, known parameters only, slugs
// that could exist, a limit in range and a cursor this API issued.
import { z } from "zod";
import { type Keyset, readCursor } from "@/lib/articles/cursor";
import { isValidSlug } from "@/lib/articles/slug";

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 50;

const slug = z.string().max(80, "is too long").refine(isValidSlug, "must be a slug: lowercase letters, digits and hyphens");
const limitMessage = `must be a whole number from 1 to ${MAX_LIMIT}`;

const schema = z.object({
  tag: slug.optional(),
  section: slug.optional(),
  author: slug.optional(),
  limit: z
    .string()
    .regex(/^\d{1,3}$/, limitMessage)
    .transform(Number)
    .pipe(z.number().min(1, limitMessage).max(MAX_LIMIT, limitMessage))
    .default(DEFAULT_LIMIT),
  cursor: z
    .string()
    .transform((value, ctx) => {
      const key = readCursor(value);
      if (!key) ctx.addIssue({ code: "custom", message: "is not one this API issued; use nextCursor from the previous page" });
      return key ?? z.NEVER;
    })
    .optional(),
});

const known = new Set(Object.keys(schema.shape));

export type ContentListQuery = { tag?: string; section?: string; author?: string; limit: number; after?: Keyset };
export type ParseResult = { ok: true; query: ContentListQuery } | { ok: false; fields: Record<string, string[]> };

/** Empty values count as absent; unknown or repeated parameters are refused so a typo never silently widens the list. */
export function parseContentListQuery(params: URLSearchParams): ParseResult {
  const fields: Record<string, string[]> = {};
  const input: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    // A parameter's name is echoed in the error only when it is plainly a name.
    const name = /^[A-Za-z0-9_.-]{1,40}$/.test(key) ? key : "_";
    const values = params.getAll(key).filter((v) => v !== "");
    if (!known.has(key)) fields[name] = ["is not a parameter of this list (tag, section, author, limit, cursor)"];
    else if (values.length > 1) fields[name] = ["must be given once"];
    else if (values.length === 1) input[key] = values[0];
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
  }
  if (!parsed.success || Object.keys(fields).length) return { ok: false, fields };
  const { cursor, ...rest } = parsed.data;
  return { ok: true, query: { ...rest, ...(cursor ? { after: cursor } : {}) } };
}
