// The closed set of errors the app reports, mapped to HTTP status in one place.
export const errorStatus = {
  invalid: 422,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
} as const;
export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  name = "AppError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: Record<string, string[]>; [key: string]: unknown } = {},
  ) {
    super(message);
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what = "Not found") => new AppError("not_found", what);
export const forbidden = (why = "You do not have permission to do that.") => new AppError("forbidden", why);
export const invalid = (message: string, fields?: Record<string, string[]>) => new AppError("invalid", message, { fields });

/** Validation issues (zod's) as messages by field; "_" for the input as a whole. */
export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_");
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
