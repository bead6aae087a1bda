// What the OpenAPI document (./openapi.ts) hands the files that describe a
// group of its paths (./openapi-media.ts, ./openapi-tags.ts).
export type OpenApiHelpers = {
  json: (schema: object) => Record<string, { schema: object }>;
  ref: (name: string) => object;
  error: (description: string) => object;
  idParam: object;
  listParameters: object[];
};
