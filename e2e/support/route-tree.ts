// The admin surface as the source tree declares it: every page under
// app/(admin), every route handler under app/api/admin (and app/(admin)) and
// every server action in the build, each with the access check its own source
// makes. A file with no check this module recognises is reported as a problem,
// which fails the access spec: a new unprotected route or action cannot slip through.
// Every other route handler in app/ must match a reviewed public rule (findOtherRoutes).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { workflowRoutes } from "@/lib/api/schemas";
import { permissions, type Permission } from "@/lib/auth/permissions";
import { actionPermission } from "@/lib/publishing/status-machine";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export type Guard =
  /** requirePageActor("…"), defineRoute({ permission: "…" }) or runAction({ permission: "…" }). */
  | { kind: "permission"; permission: Permission }
  /** [action]: one defineRoute per workflow segment, each with its status-machine permission; unknown segments get `fallback`. */
  | { kind: "workflow"; segments: Record<string, Permission>; fallback: Permission }
  /** getActor() + canPreview(): any signed-in person who may edit the article; others hear 404. */
  | { kind: "may-edit-article" }
  /** No session check by design (reviewed; see the reasons below). */
  | { kind: "public"; why: string };

/** What was found, and one line per file whose check could not be recognised. */
export type Found<T> = { items: T[]; problems: string[] };

function eachFile<T>(files: string[], fn: (file: string) => T[]): Found<T> {
  const found: Found<T> = { items: [], problems: [] };
  for (const file of files) {
    try {
      found.items.push(...fn(file));
    } catch (error) {
      found.problems.push((error as Error).message);
    }
  }
  return found;
}

export type AdminPage = { file: string; pattern: string; guard: Guard };
export type ApiRoute = { file: string; pattern: string; method: string; guard: Guard };
/** `page`: the page the action belongs to (its folder's, or the nearest enclosing one), where a form would post it. */
export type ServerAction = { file: string; name: string; id: string; page: string; guard: Guard };

/** Reviewed exceptions: handlers and actions that deliberately take no session. */
const publicByDesign: Record<string, string> = {
  "app/api/admin/openapi.json/route.ts#GET": "describes the Admin API, reads no data",
  "app/(auth)/account/password/[token]/actions.ts#setPasswordAction": "the emailed single-use token is the credential",
};

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

export type OtherRoute = { file: string; pattern: string; method: string; why: string };

/**
 * Reviewed route handlers outside the admin surface, by file: why each takes
 * no session (or makes a check of its own). A route.ts anywhere else in app/
 * that no rule here covers is a problem, so a new handler is reviewed before
 * the crawl passes.
 */
const outsideAdmin: [RegExp, string][] = [
  [/^app\/\(site\)\/(tags|sections|authors)\/\[slug\]\/feed\.(xml|atom|json)\/route\.ts$/, "public feed of published stories"],
  [/^app\/feed\.(xml|atom|json)\/route\.ts$/, "public feed of published stories"],
  [/^app\/(sitemap\.xml|sitemaps\/news\.xml|sitemaps\/\[file\])\/route\.ts$/, "public sitemap of published content"],
  [/^app\/api\/content\/articles(\/\[slug\])?\/route\.ts$/, "read-only content API: published stories only"],
  [/^app\/api\/auth\/\[\.\.\.nextauth\]\/route\.ts$/, "next-auth: signing in is how a session starts"],
  [/^app\/api\/internal\/revalidate\/route\.ts$/, "this process's own background tasks only: a per-process secret, 404 to anyone else"],
  [/^app\/media\/\[\.\.\.key\]\/route\.ts$/, "public media files: the current original and variants of library items, by content-hashed key; nothing else"],
  [/^app\/api\/health\/route\.ts$/, "liveness for supervisors and load balancers: reads nothing"],
  [/^app\/api\/ready\/route\.ts$/, "readiness for load balancers and the edge's probe: check results only, no content, no secret"],
];

function walk(dir: string, name: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...walk(rel, name));
    else if (entry.name === name) found.push(rel);
  }
  return found.sort();
}

/** app/(admin)/admin/articles/[id]/page.tsx -> /admin/articles/[id]: route groups leave the URL. */
function urlPattern(file: string): string {
  const segments = path
    .dirname(file)
    .split("/")
    .slice(1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const read = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");

function asPermission(value: string, where: string): Permission {
  if (!(permissions as readonly string[]).includes(value)) throw new Error(`${where}: "${value}" is not a permission in lib/auth/permissions.ts`);
  return value as Permission;
}

/** The source of one export, up to the next top-level export. */
function exportChunk(source: string, name: string): string {
  const start = source.search(new RegExp(`^export (?:async )?(?:const|function) ${name}\\b`, "m"));
  if (start < 0) return "";
  const next = source.slice(start + 1).search(/^export /m);
  return next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
}

function literalPermissions(text: string, call: RegExp): string[] {
  return [...text.matchAll(call)].map((m) => m[1]);
}

function singlePermission(found: string[], where: string): Guard | null {
  const distinct = [...new Set(found)];
  if (distinct.length > 1) throw new Error(`${where} checks several permissions (${distinct.join(", ")}); teach e2e/support/route-tree.ts which applies`);
  return distinct.length ? { kind: "permission", permission: asPermission(distinct[0], where) } : null;
}

export function findAdminPages(): Found<AdminPage> {
  return eachFile(walk("app/(admin)", "page.tsx"), (file) => {
    const guard = singlePermission(literalPermissions(read(file), /requirePageActor\(\s*"([^"]+)"/g), file);
    if (!guard) throw new Error(`${file} has no recognisable access check (expected requirePageActor("<permission>", …))`);
    return [{ file, pattern: urlPattern(file), guard }];
  });
}

export function findApiRoutes(): Found<ApiRoute> {
  return eachFile([...walk("app/api/admin", "route.ts"), ...walk("app/(admin)", "route.ts")], (file) => {
    const source = read(file);
    const methods = METHODS.filter((m) => exportChunk(source, m));
    if (!methods.length) throw new Error(`${file} exports no HTTP method`);
    return methods.map((method) => ({ file, pattern: urlPattern(file), method, guard: apiGuard(file, source, method) }));
  });
}

/** Every route handler under app/ outside the admin surface (findApiRoutes), each with its reviewed reason. */
export function findOtherRoutes(): Found<OtherRoute> {
  const admin = (file: string) => file.startsWith("app/api/admin/") || file.startsWith("app/(admin)/");
  return eachFile(
    walk("app", "route.ts").filter((file) => !admin(file)),
    (file) => {
      const why = outsideAdmin.find(([pattern]) => pattern.test(file))?.[1];
      if (!why)
        throw new Error(
          `${file} is a route handler outside the admin surface that no one has reviewed: add it to outsideAdmin in e2e/support/route-tree.ts with the reason it needs no session`,
        );
      const source = read(file);
      const methods = METHODS.filter((m) => exportChunk(source, m) || new RegExp(`export \\{[^}]*\\b${m}\\b`).test(source));
      if (!methods.length) throw new Error(`${file} exports no HTTP method`);
      return methods.map((method) => ({ file, pattern: urlPattern(file), method, why }));
    },
  );
}

function apiGuard(file: string, source: string, method: string): Guard {
  const where = `${file} ${method}`;
  const why = publicByDesign[`${file}#${method}`];
  if (why) return { kind: "public", why };
  const literal = singlePermission(literalPermissions(exportChunk(source, method), /permission:\s*"([^"]+)"/g), where);
  if (literal) return literal;
  if (/permission:\s*actionPermission\(action\)/.test(source) && /workflowRoutes\[segment\]/.test(source)) {
    // Segments outside workflowRoutes fall to the file's one literal defineRoute (unknownAction).
    const fallback = singlePermission(literalPermissions(source, /permission:\s*"([^"]+)"/g), `${where} (unknown actions)`);
    if (fallback?.kind !== "permission") throw new Error(`${where}: no door for unknown workflow segments`);
    const segments = Object.fromEntries(Object.entries(workflowRoutes).map(([segment, r]) => [segment, actionPermission(r.action)]));
    return { kind: "workflow", segments, fallback: fallback.permission };
  }
  const chunk = exportChunk(source, method);
  if (/await getActor\(\)/.test(chunk) && /errorResponse\("unauthenticated"/.test(chunk) && /await canPreview\(actor, id\)/.test(chunk)) {
    return { kind: "may-edit-article" };
  }
  throw new Error(`${where} has no recognisable access check (defineRoute({ permission }), or a reviewed hand-written one)`);
}

type ManifestEntry = { filename: string; exportedName: string };

/** Every server action of the build, matched to the exported function in its actions.ts. */
export function findServerActions(): Found<ServerAction> {
  const manifestFile = ".next/server/server-reference-manifest.json";
  if (!existsSync(path.join(repoRoot, manifestFile))) return { items: [], problems: [`${manifestFile} is missing: run next build first`] };
  const manifest = JSON.parse(read(manifestFile)) as { node: Record<string, ManifestEntry> };
  const built = Object.entries(manifest.node)
    // "use cache" functions are server references too, but not actions a form can call.
    .filter(([, e]) => !e.exportedName.startsWith("$$RSC_SERVER_CACHE"))
    .map(([id, e]) => ({ id, file: e.filename, name: e.exportedName }));
  const files = walk("app", "actions.ts");
  const found = eachFile(files, (file) => {
    const source = read(file);
    if (!/^"use server";/m.test(source)) throw new Error(`${file} is not a "use server" module`);
    return [...source.matchAll(/^export async function (\w+)/gm)].map(([, name]) => {
      const id = built.find((b) => b.file === file && b.name === name)?.id;
      if (!id) throw new Error(`${file} exports ${name}, but the build has no server action for it (stale .next?)`);
      const page = owningPage(file);
      const why = publicByDesign[`${file}#${name}`];
      if (why) return { file, name, id, page, guard: { kind: "public", why } as Guard };
      const guard = singlePermission(literalPermissions(exportChunk(source, name), /runAction\(\s*\{\s*permission:\s*"([^"]+)"/g), `${file} ${name}`);
      if (!guard) throw new Error(`${file} ${name} has no recognisable access check (expected runAction({ permission: "…" }))`);
      return { file, name, id, page, guard };
    });
  });
  for (const b of built) {
    if (!found.items.some((a) => a.id === b.id) && !files.includes(b.file)) {
      found.problems.push(`Server action ${b.name} in ${b.file} is not an export of an app/**/actions.ts; teach e2e/support/route-tree.ts about it`);
    }
  }
  return found;
}

function owningPage(file: string): string {
  for (let dir = path.dirname(file); dir !== "app"; dir = path.dirname(dir)) {
    if (existsSync(path.join(repoRoot, dir, "page.tsx"))) return urlPattern(`${dir}/page.tsx`);
  }
  throw new Error(`${file} belongs to no page`);
}
