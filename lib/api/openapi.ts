// The Admin API's OpenAPI 3.1 document, generated from the zod schemas the
// route handlers parse with (lib/api/schemas.ts), so the two cannot drift.
import { z } from "zod";
import { MAX_BODY_BYTES } from "./define-route";
import { mediaEnvelopeSchema, mediaListQuerySchema, mediaListSchema, mediaPatchSchema, mediaWithUsageSchema } from "./media-schemas";
import { mediaPaths } from "./openapi-media";
import {
  articleCreateSchema,
  articleEnvelopeSchema,
  articleListQuerySchema,
  articleListSchema,
  articlePatchSchema,
  errorSchema,
  revisionListSchema,
  tagInputSchema,
  workflowRoutes,
} from "./schemas";

type JsonSchema = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Named schemas, as JSON Schema 2020-12 (OpenAPI 3.1's dialect); shared parts become $refs. */
function components(): Record<string, JsonSchema> {
  const requests = z.registry<{ id: string }>();
  requests.add(tagInputSchema, { id: "TagInput" });
  requests.add(articleCreateSchema, { id: "ArticleCreate" });
  requests.add(articlePatchSchema, { id: "ArticlePatch" });
  for (const [segment, route] of Object.entries(workflowRoutes)) requests.add(route.body, { id: actionSchemaName(segment) });
  requests.add(mediaPatchSchema, { id: "MediaPatch" });
  const responses = z.registry<{ id: string }>();
  responses.add(articleEnvelopeSchema, { id: "ArticleEnvelope" });
  responses.add(articleListSchema, { id: "ArticleList" });
  responses.add(revisionListSchema, { id: "RevisionList" });
  responses.add(errorSchema, { id: "Error" });
  responses.add(mediaEnvelopeSchema, { id: "MediaEnvelope" });
  responses.add(mediaWithUsageSchema, { id: "MediaWithUsage" });
  responses.add(mediaListSchema, { id: "MediaList" });
  const uri = (id: string) => `#/components/schemas/${id}`;
  const out: Record<string, JsonSchema> = {};
  for (const [registry, io] of [
    [requests, "input"],
    [responses, "output"],
  ] as const) {
    const { schemas } = z.toJSONSchema(registry, {
      io,
      uri,
      unrepresentable: "any",
      // Requests refuse unknown fields; responses may gain fields without breaking clients.
      override: (ctx) => {
        if (io === "output" && ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
      },
    }) as { schemas: Record<string, JsonSchema> };
    for (const [id, schema] of Object.entries(schemas)) {
      const { $schema: _s, $id: _i, ...rest } = schema;
      out[id] = rest;
    }
  }
  return out;
}

const actionSchemaName = (segment: string) => `${segment.replace(/(^|-)([a-z])/g, (_m, _dash, c: string) => c.toUpperCase())}Request`;

const json = (schema: object) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
const refusals = {
  "401": error("No session and no valid API token."),
  "403": error("The role may not do this."),
  "404": error("No such article, or one this user may not see."),
};
const bodyRefusals = {
  "400": error("The body is not JSON."),
  "413": error(`The body is larger than ${MAX_BODY_BYTES} bytes.`),
  "422": error("Some fields are not valid, or the body is nested too deep or too large to be a story; `fields` says which."),
};
const quotaRefusal = {
  "429": error("The account has created as many stories or tags in the last 24 hours as its role may; `Retry-After` says when it may again."),
};

function listParameters(schema: z.ZodType = articleListQuerySchema) {
  const query = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, JsonSchema> };
  return Object.entries(query.properties).map(([name, schema]) => ({ name, in: "query", required: false, schema }));
}

function workflowPaths() {
  return Object.fromEntries(
    Object.entries(workflowRoutes).map(([segment, route]) => [
      `/api/admin/articles/{id}/${segment}`,
      {
        post: {
          operationId: `${route.action}Article`,
          summary: route.summary,
          tags: ["workflow"],
          parameters: [idParam],
          requestBody: { required: true, content: json(ref(actionSchemaName(segment))) },
          responses: {
            "200": { description: "The article after the change.", content: json(ref("ArticleEnvelope")) },
            ...refusals,
            "409": error("A stale version (see currentVersion), or the action does not apply in the article's status."),
            ...bodyRefusals,
          },
        },
      },
    ]),
  );
}

export function buildOpenApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Marquee Admin API",
      version: "1.0.0",
      description:
        "Create, edit and move articles through the editorial workflow. Authenticate with `Authorization: Bearer <token>` " +
        "(an API token from the dashboard; it acts with its user's role) or, from the dashboard itself, the session cookie. " +
        'Errors are `{ "error": { "code", "message", "fields"? } }`.',
    },
    security: [{ bearer: [] }],
    tags: [{ name: "articles" }, { name: "workflow" }, { name: "media" }],
    paths: {
      "/api/admin/articles": {
        get: {
          operationId: "listArticles",
          summary: "List articles, last changed first",
          description: "Keyset-paged on (updatedAt, id). Contributors see only articles they created or carry a byline on.",
          tags: ["articles"],
          parameters: listParameters(),
          responses: {
            "200": { description: "A page of articles.", content: json(ref("ArticleList")) },
            "400": error("The cursor is not one this API issued."),
            "401": refusals["401"],
            "422": error("A query parameter is not valid."),
          },
        },
        post: {
          operationId: "createArticle",
          summary: "Create a draft",
          tags: ["articles"],
          requestBody: { required: true, content: json(ref("ArticleCreate")) },
          responses: {
            "201": { description: "The new draft.", content: json(ref("ArticleEnvelope")) },
            "401": refusals["401"],
            "403": refusals["403"],
            ...bodyRefusals,
            ...quotaRefusal,
          },
        },
      },
      "/api/admin/articles/{id}": {
        get: {
          operationId: "getArticle",
          summary: "Read an article's working copy",
          tags: ["articles"],
          parameters: [idParam],
          responses: { "200": { description: "The article.", content: json(ref("ArticleEnvelope")) }, "401": refusals["401"], "404": refusals["404"] },
        },
        patch: {
          operationId: "updateArticle",
          summary: "Change fields of the working copy",
          description: "Send the version you read; only the fields sent change. A published article changes on the site only when published again.",
          tags: ["articles"],
          parameters: [idParam],
          requestBody: { required: true, content: json(ref("ArticlePatch")) },
          responses: {
            "200": { description: "The article after the save.", content: json(ref("ArticleEnvelope")) },
            ...refusals,
            "409": error("The version is stale: nothing was saved; `currentVersion` and `current` hold what is there now."),
            ...bodyRefusals,
            "429": error("New tags in the body would pass the account's daily tag quota; nothing was saved."),
          },
        },
      },
      ...workflowPaths(),
      "/api/admin/articles/{id}/revisions": {
        get: {
          operationId: "listRevisions",
          summary: "The article's revisions, newest first",
          tags: ["articles"],
          parameters: [idParam],
          responses: { "200": { description: "The revisions.", content: json(ref("RevisionList")) }, "401": refusals["401"], "404": refusals["404"] },
        },
      },
      ...mediaPaths({ json, ref, error, idParam, listParameters: listParameters(mediaListQuerySchema) }),
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token (mq_...)." } },
      schemas: components(),
    },
  };
}
