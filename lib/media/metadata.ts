// The fields of a media item an editor writes: alt text, credit, caption and
// focal point. Pure and client-safe: the Admin API, server actions and the
// dashboard's forms share the limits.
import { z } from "zod";

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[<>]/.test(v), "must not contain < or >");

export const MEDIA_TEXT_LIMITS = { alt: 300, credit: 200, caption: 1000 } as const;

const unit = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");

export const mediaMetadataSchema = z
  .object({
    alt: text(MEDIA_TEXT_LIMITS.alt),
    credit: text(MEDIA_TEXT_LIMITS.credit),
    caption: text(MEDIA_TEXT_LIMITS.caption),
    /** The subject: x from the left edge, y from the top, each 0 to 1. */
    focal: z.object({ x: unit, y: unit }).strict(),
  })
  .strict();

export type MediaMetadata = z.infer<typeof mediaMetadataSchema>;
