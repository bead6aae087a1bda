// The reference app has no background work: this empty hook keeps the build
// from taking the workspace root's instrumentation.ts in its place.
export function register() {}
