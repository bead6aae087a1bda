// The tag and section paths in the OpenAPI document (./openapi.ts).
import type { OpenApiHelpers } from "./openapi-helpers";

export function tagPaths({ json, ref, error, idParam, listParameters }: OpenApiHelpers) {
  const refusals = {
    "401": error("No session and no valid API token."),
    "403": error("Only editors and admins manage tags; nothing changed."),
    "404": error("No such tag."),
  };
  const body = (name: string) => ({ required: true, content: json(ref(name)) });
  return {
    "/api/admin/tags": {
      get: {
        operationId: "listTags",
        summary: "Tags with their kind, story count and last use, last changed first",
        description: "Keyset-paged on (updatedAt, id); `q` searches names and slugs, `kind` filters.",
        tags: ["tags"],
        parameters: listParameters,
        responses: {
          "200": { description: "A page of tags.", content: json(ref("TagList")) },
          "400": error("The cursor is not one this API issued."),
          "401": refusals["401"],
          "403": refusals["403"],
          "422": error("A query parameter is not valid."),
        },
      },
    },
    "/api/admin/tags/{id}": {
      patch: {
        operationId: "updateTag",
        summary: "Change a tag's name, slug, kind, description or image",
        description:
          "Readers see the change at once on the tag's pages and feeds and beside every live story carrying it. " +
          "A new slug leaves the old one answering with a permanent redirect.",
        tags: ["tags"],
        parameters: [idParam],
        requestBody: body("TagPatch"),
        responses: {
          "200": { description: "The tag after the change.", content: json(ref("TagEnvelope")) },
          ...refusals,
          "409": error("The version is stale (see currentVersion), or another tag has or had the slug (`fields.slug`)."),
          "422": error("Some fields are not valid (an empty or over-long name, a malformed slug, an image not in the media library); `fields` says which."),
        },
      },
      delete: {
        operationId: "deleteTag",
        summary: "Delete a tag",
        description:
          "An unused tag goes at once. One that stories carry goes only with `?confirmStories=<n>`, n being how many stories lose it; " +
          "they lose it in their working and live copies, each with a revision.",
        tags: ["tags"],
        parameters: [idParam, { name: "confirmStories", in: "query", required: false, schema: { type: "integer", minimum: 0 } }],
        responses: {
          "204": { description: "Deleted." },
          ...refusals,
          "409": error("Stories carry the tag and `confirmStories` is not their number (`storyCount`)."),
        },
      },
    },
    "/api/admin/tags/{id}/merge": {
      post: {
        operationId: "mergeTag",
        summary: "Merge the tag into another",
        description:
          "Every story carrying it (working and live copies, each with a revision) carries `intoId` instead; its slugs and feeds redirect there permanently; it is gone.",
        tags: ["tags"],
        parameters: [idParam],
        requestBody: body("TagMerge"),
        responses: {
          "200": { description: "The tag merged into.", content: json(ref("TagMergeResult")) },
          ...refusals,
          "409": error("One of the two tags was just merged into another."),
          "422": error("`intoId` is the tag itself or no tag."),
        },
      },
    },
  };
}

export function sectionPaths({ json, ref, error, idParam }: Omit<OpenApiHelpers, "listParameters">) {
  const refusals = {
    "401": error("No session and no valid API token."),
    "403": error("Only admins manage sections; nothing changed."),
    "404": error("No such section."),
  };
  const body = (name: string) => ({ required: true, content: json(ref(name)) });
  return {
    "/api/admin/sections": {
      get: {
        operationId: "listSections",
        summary: "Every section in navigation order",
        tags: ["sections"],
        responses: { "200": { description: "The sections.", content: json(ref("SectionList")) }, "401": refusals["401"], "403": refusals["403"] },
      },
      post: {
        operationId: "createSection",
        summary: "Create a section, last in the navigation",
        tags: ["sections"],
        requestBody: body("SectionCreate"),
        responses: {
          "201": { description: "The new section.", content: json(ref("SectionEnvelope")) },
          "401": refusals["401"],
          "403": refusals["403"],
          "409": error("Another section has the slug (`fields.slug`)."),
          "422": error("Some fields are not valid; `fields` says which."),
        },
      },
    },
    "/api/admin/sections/order": {
      put: {
        operationId: "reorderSections",
        summary: "Set the order of the site navigation",
        tags: ["sections"],
        requestBody: body("SectionOrder"),
        responses: {
          "200": { description: "The sections in their new order.", content: json(ref("SectionList")) },
          "401": refusals["401"],
          "403": refusals["403"],
          "409": error("`ids` does not name every section exactly once (one was added or deleted meanwhile)."),
          "422": error("`ids` is not a list of ids."),
        },
      },
    },
    "/api/admin/sections/{id}": {
      patch: {
        operationId: "updateSection",
        summary: "Rename or describe a section",
        tags: ["sections"],
        parameters: [idParam],
        requestBody: body("SectionPatch"),
        responses: {
          "200": { description: "The section after the change.", content: json(ref("SectionEnvelope")) },
          ...refusals,
          "409": error("The version is stale (see currentVersion)."),
          "422": error("Some fields are not valid; `fields` says which."),
        },
      },
      delete: {
        operationId: "deleteSection",
        summary: "Delete an empty section",
        tags: ["sections"],
        parameters: [idParam],
        responses: { "204": { description: "Deleted." }, ...refusals, "409": error("Stories are filed under it (`storyCount`); nothing changed.") },
      },
    },
  };
}
