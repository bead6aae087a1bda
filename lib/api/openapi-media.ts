// The media library's paths in the OpenAPI document (./openapi.ts).
import type { OpenApiHelpers } from "./openapi-helpers";
import { MAX_UPLOAD_BYTES } from "@/lib/media/inspect";
import { MEDIA_TEXT_LIMITS } from "@/lib/media/metadata";

type JsonSchema = Record<string, unknown>;

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;
const FORMATS = "JPEG, PNG, WebP, GIF or AVIF";

function multipart(fields: Record<string, JsonSchema>): object {
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: {
          type: "object",
          required: ["file"],
          properties: { file: { type: "string", format: "binary", description: `${FORMATS}, at most ${MB} MB.` }, ...fields },
        },
      },
    },
  };
}

export function mediaPaths({ json, ref, error, idParam, listParameters }: OpenApiHelpers) {
  const refusals = {
    "401": error("No session and no valid API token."),
    "403": error("The role may not do this: contributors change only images they uploaded, and only while no live story shows them."),
    "404": error("No such image."),
  };
  const uploadRefusals = {
    "400": error("The body is not multipart/form-data, or is malformed."),
    "413": error(`The file is larger than ${MB} MB (counted while it streams in; the upload is cut off there).`),
    "422": error(
      `Not an accepted image, whatever its name or declared type: SVG (it can carry scripts), HEIC and other formats (the message names ${FORMATS}), ` +
        "a truncated or damaged file, more than 100 megapixels, a file holding web page or script code, a file name with a path separator or control characters, " +
        "or a field that is too long; `fields` and `reason` say which. Nothing is stored.",
    ),
  };
  const text = (max: number, description: string) => ({ type: "string", maxLength: max, description });
  return {
    "/api/admin/media": {
      get: {
        operationId: "listMedia",
        summary: "The media library, newest first",
        description: "Keyset-paged on (createdAt, id); `q` searches alt text, caption, credit, file name and uploader, or matches a date.",
        tags: ["media"],
        parameters: listParameters,
        responses: {
          "200": { description: "A page of images.", content: json(ref("MediaList")) },
          "400": error("The cursor is not one this API issued."),
          "401": refusals["401"],
          "422": error("A query parameter is not valid."),
        },
      },
      post: {
        operationId: "uploadMedia",
        summary: "Upload an image",
        description:
          "Checks the file's real type and size, strips its metadata from what readers get, and makes AVIF, WebP and JPEG (PNG with transparency) variants " +
          "at the layout widths up to the image's own. It answers once the original is stored; the variants follow within seconds (`processing` is true until " +
          "they exist, then GET lists them). The same bytes uploaded again give the item that holds them (200), unchanged.",
        tags: ["media"],
        requestBody: multipart({
          alt: text(MEDIA_TEXT_LIMITS.alt, "Alt text; required before a story showing the image can be published."),
          credit: text(MEDIA_TEXT_LIMITS.credit, "Who took or owns the picture; required for a hero."),
          caption: text(MEDIA_TEXT_LIMITS.caption, "Optional."),
        }),
        responses: {
          "201": { description: "The new image.", content: json(ref("MediaEnvelope")) },
          "200": { description: "The same bytes were already in the library: that image.", content: json(ref("MediaEnvelope")) },
          "401": refusals["401"],
          "403": refusals["403"],
          ...uploadRefusals,
        },
      },
    },
    "/api/admin/media/{id}": {
      get: {
        operationId: "getMedia",
        summary: "One image and the stories using it",
        tags: ["media"],
        parameters: [idParam],
        responses: { "200": { description: "The image.", content: json(ref("MediaWithUsage")) }, "401": refusals["401"], "404": refusals["404"] },
      },
      patch: {
        operationId: "updateMedia",
        summary: "Change alt text, credit, caption or focal point",
        description: "Every story using the image shows the change (where the story does not override the text); live pages are refreshed.",
        tags: ["media"],
        parameters: [idParam],
        requestBody: { required: true, content: json(ref("MediaPatch")) },
        responses: {
          "200": { description: "The image after the change.", content: json(ref("MediaEnvelope")) },
          ...refusals,
          "409": error("The version is stale (see currentVersion)."),
          "422": error("Some fields are not valid; `fields` says which."),
        },
      },
      delete: {
        operationId: "deleteMedia",
        summary: "Delete an unused image and its files",
        tags: ["media"],
        parameters: [idParam],
        responses: {
          "204": { description: "Deleted." },
          ...refusals,
          "409": error("A working or live copy of a story uses the image; `usedIn` lists them ({ id, title, slug, live })."),
        },
      },
    },
    "/api/admin/media/{id}/file": {
      put: {
        operationId: "replaceMediaFile",
        summary: "Replace the image's file",
        description:
          "Same id, alt text, credit, caption and focal point, and every story using it; new URLs (the old files are deleted and purged) and a higher version.",
        tags: ["media"],
        parameters: [idParam],
        requestBody: multipart({ version: { type: "integer", description: "The version you read; a stale one is refused (409)." } }),
        responses: {
          "200": { description: "The image with its new file.", content: json(ref("MediaEnvelope")) },
          ...refusals,
          "409": error("The version is stale, or another image already holds these bytes (`mediaId`)."),
          ...uploadRefusals,
        },
      },
    },
  };
}
