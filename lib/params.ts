// Reading values that arrive in URLs.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment can be a record id (anything else is "not found" without a query). */
export const isUuid = (value: string) => UUID.test(value);

/** The first value of a query-string parameter, or undefined when absent or empty. */
export const firstValue = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
