// Admin API: tags and sections through the exported route handlers with
// bearer tokens: who may do what (a refused request changes nothing), bad
// input, conflicts, the purges, the redirects of old tag slugs, and the
// OpenAPI document.
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as tagFeed from "@/app/(site)/tags/[slug]/feed.xml/route";
import * as openapi from "@/app/api/admin/openapi.json/route";
import * as sectionCollection from "@/app/api/admin/sections/route";
import * as sectionOrder from "@/app/api/admin/sections/order/route";
import * as sectionSingle from "@/app/api/admin/sections/[id]/route";
import * as tagCollection from "@/app/api/admin/tags/route";
import * as tagMerge from "@/app/api/admin/tags/[id]/merge/route";
import * as tagSingle from "@/app/api/admin/tags/[id]/route";
import { db } from "@/db/client";
import { sections, tags } from "@/db/schema";
import { listSections } from "@/lib/articles/queries";
import { transitionArticle } from "@/lib/publishing/commands";
import { type Caller, call, expectRefused, makeCaller } from "@/tests/api-test-kit";
import { makeArticle, makeSection, makeTag, unique } from "@/tests/factories";

vi.mock("@/lib/auth/session", () => ({ getActor: async () => null }));
vi.mock("next/cache", () => ({ cacheLife: () => {}, cacheTag: () => {}, revalidateTag: () => {} }));
const invalidated: string[][] = [];
vi.mock("@/lib/cache/invalidate", () => ({ invalidateTags: async (t: readonly string[]) => void invalidated.push([...t]) }));
beforeEach(() => void (invalidated.length = 0));

let editor: Caller;
let writer: Caller;
let admin: Caller;

beforeAll(async () => {
  [editor, writer, admin] = await Promise.all([makeCaller("editor"), makeCaller("contributor"), makeCaller("admin")]);
});

type Params = { id: string };
const patchTag = (id: string, body: unknown, token: string | null = editor.token) =>
  call<Params>(tagSingle.PATCH, { method: "PATCH", path: `/api/admin/tags/${id}`, params: { id }, body, token });
const deleteTag = (id: string, query = "", token = editor.token) =>
  call<Params>(tagSingle.DELETE, { method: "DELETE", path: `/api/admin/tags/${id}${query}`, params: { id }, token });
const merge = (id: string, body: unknown, token = editor.token) =>
  call<Params>(tagMerge.POST, { method: "POST", path: `/api/admin/tags/${id}/merge`, params: { id }, body, token });
const listTags = (query: string, token = editor.token) => call(tagCollection.GET, { path: `/api/admin/tags?${query}`, token });
const tagRow = async (id: string) => (await db.select().from(tags).where(eq(tags.id, id)))[0];

describe("tags", () => {
  it("lists tags with kind, story count and last use; searches, filters by kind and pages with a cursor", async () => {
    const stem = unique("findme");
    const show = await makeTag("show");
    await db
      .update(tags)
      .set({ name: `${stem} Show` })
      .where(eq(tags.id, show.id));
    const person = await makeTag("person");
    await db
      .update(tags)
      .set({ name: `${stem} Person` })
      .where(eq(tags.id, person.id));
    await makeArticle(editor, { tagIds: [show.id] });

    const all = await listTags(`q=${stem}`);
    expect(all.status).toBe(200);
    expect(all.json.items.map((t: { id: string }) => t.id).sort()).toEqual([show.id, person.id].sort());
    const shown = all.json.items.find((t: { id: string }) => t.id === show.id);
    expect(shown).toMatchObject({ kind: "show", storyCount: 1, listed: true, version: 1 });
    expect(Date.parse(shown.lastUsedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(all.json.items.find((t: { id: string }) => t.id === person.id)).toMatchObject({ storyCount: 0, lastUsedAt: null });

    expect((await listTags(`q=${stem}&kind=person`)).json.items.map((t: { id: string }) => t.id)).toEqual([person.id]);
    const first = await listTags(`q=${stem}&limit=1`);
    expect(first.json.items).toHaveLength(1);
    const second = await listTags(`q=${stem}&limit=1&cursor=${first.json.nextCursor}`);
    expect(second.json.items).toHaveLength(1);
    expect(second.json.items[0].id).not.toBe(first.json.items[0].id);
    expect(second.json.nextCursor).toBeNull();
    expect((await listTags("kind=planet")).status).toBe(422);
    expect((await listTags("cursor=nope")).status).toBe(400);
  });

  it("renames a tag, refusing an empty or 10 kB name (422), a slug clash (409 with a field error) and a stale version", async () => {
    const [tag, other] = [await makeTag(), await makeTag()];
    const renamed = await patchTag(tag.id, { name: "Harrow Bay", kind: "film", description: "The drama.", version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.json.tag).toMatchObject({ name: "Harrow Bay", kind: "film", description: "The drama.", version: 2 });
    expect(invalidated).toEqual([[`tag:${tag.slug}`]]); // carried by no live story

    for (const name of ["", "x".repeat(10 * 1024)]) {
      const refused = await expectRefused(() => patchTag(tag.id, { name }), 422, "invalid");
      expect(Object.keys(refused.json.error.fields)).toEqual(["name"]);
    }
    const clash = await expectRefused(() => patchTag(tag.id, { slug: other.slug }), 409, "conflict");
    expect(clash.json.error.fields).toEqual({ slug: ["is already used by another tag"] });
    expect((await expectRefused(() => patchTag(tag.id, { slug: "Not A Slug" }), 422, "invalid")).json.error.fields.slug).toHaveLength(1);
    expect((await expectRefused(() => patchTag(tag.id, { name: "Late", version: 1 }), 409, "conflict")).json.error.currentVersion).toBe(2);
    expect((await expectRefused(() => patchTag(tag.id, { imageMediaId: crypto.randomUUID() }), 422, "invalid")).json.error.fields).toEqual({
      imageMediaId: ["is not a media library item"],
    });
    expect(await expectRefused(() => patchTag(crypto.randomUUID(), { name: "Nobody" }), 404, "not_found")).toBeTruthy();
    expect(await tagRow(tag.id)).toMatchObject({ name: "Harrow Bay", version: 2 });
  });

  it("merges a tag into another; refuses a merge into itself; the old tag's feed answers 301 to the new one", async () => {
    const [from, into] = [await makeTag("person"), await makeTag("person")];
    const title = `Merged story ${unique("m")}`;
    const story = await makeArticle(editor, { title, tagIds: [from.id] });
    await transitionArticle({ actor: editor, articleId: story.id, action: "publish", version: story.version });
    invalidated.length = 0;
    expect((await expectRefused(() => merge(from.id, { intoId: from.id }), 422, "invalid")).json.error.fields).toEqual({ intoId: ["must be another tag"] });
    await expectRefused(() => merge(from.id, {}), 422, "invalid");

    const merged = await merge(from.id, { intoId: into.id });
    expect(merged.status).toBe(200);
    expect(merged.json).toMatchObject({ stories: 1, tag: { id: into.id, storyCount: 1 } });
    expect(invalidated).toHaveLength(1);
    expect(invalidated[0]).toEqual(expect.arrayContaining([`tag:${from.slug}`, `tag:${into.slug}`, `article:${story.id}`, "home", "feeds"]));

    const feed = await tagFeed.GET(new Request(`http://localhost/tags/${from.slug}/feed.xml`), { params: Promise.resolve({ slug: from.slug }) });
    expect(feed.status).toBe(301);
    expect(feed.headers.get("location")).toBe(`/tags/${into.slug}/feed.xml`);
    expect(feed.headers.get("xkey")?.split(" ").sort()).toEqual([`tag:${from.slug}`, `tag:${into.slug}`].sort());
    const current = await tagFeed.GET(new Request(`http://localhost/tags/${into.slug}/feed.xml`), { params: Promise.resolve({ slug: into.slug }) });
    expect(current.status).toBe(200);
    expect(await current.text()).toContain(title);
    const unknown = await tagFeed.GET(new Request("http://localhost/tags/never-a-tag/feed.xml"), { params: Promise.resolve({ slug: "never-a-tag" }) });
    expect(unknown.status).toBe(404);
  });

  it("deletes an unused tag; one in use only with the count of stories that lose it", async () => {
    const [unused, used] = [await makeTag(), await makeTag()];
    expect((await deleteTag(unused.id)).status).toBe(204);
    expect(await tagRow(unused.id)).toBeUndefined();
    await makeArticle(editor, { tagIds: [used.id] });
    expect((await expectRefused(() => deleteTag(used.id), 409, "conflict")).json.error.storyCount).toBe(1);
    await expectRefused(() => deleteTag(used.id, "?confirmStories=3"), 409, "conflict");
    await expectRefused(() => deleteTag(used.id, "?confirmStories=lots"), 422, "invalid");
    expect((await deleteTag(used.id, "?confirmStories=1")).status).toBe(204);
  });

  it("refuses a contributor every tag management call (403) and changes nothing", async () => {
    const [tag, other] = [await makeTag(), await makeTag()];
    await makeArticle(editor, { tagIds: [tag.id] });
    await expectRefused(() => listTags("", writer.token), 403, "forbidden");
    await expectRefused(() => patchTag(tag.id, { name: "Taken over" }, writer.token), 403, "forbidden");
    await expectRefused(() => merge(tag.id, { intoId: other.id }, writer.token), 403, "forbidden");
    await expectRefused(() => deleteTag(tag.id, "?confirmStories=1", writer.token), 403, "forbidden");
    await expectRefused(() => patchTag(tag.id, { name: "Nobody" }, null), 401, "unauthenticated");
    expect(await tagRow(tag.id)).toMatchObject({ name: tag.name, version: 1 });
    expect(invalidated).toEqual([]);
  });
});

describe("sections", () => {
  type SectionParams = { id: string };
  const create = (body: unknown, token = admin.token) => call(sectionCollection.POST, { method: "POST", path: "/api/admin/sections", body, token });
  const patch = (id: string, body: unknown, token = admin.token) =>
    call<SectionParams>(sectionSingle.PATCH, { method: "PATCH", path: `/api/admin/sections/${id}`, params: { id }, body, token });
  const remove = (id: string, token = admin.token) =>
    call<SectionParams>(sectionSingle.DELETE, { method: "DELETE", path: `/api/admin/sections/${id}`, params: { id }, token });
  const reorder = (ids: string[], token = admin.token) => call(sectionOrder.PUT, { method: "PUT", path: "/api/admin/sections/order", body: { ids }, token });
  const sectionRow = async (id: string) => (await db.select().from(sections).where(eq(sections.id, id)))[0];

  it("creates a section last in the navigation, refusing a slug clash (409) and an empty name (422)", async () => {
    const name = `Podcasts ${unique("p")}`;
    const created = await create({ name, description: "Listen." });
    expect(created.status).toBe(201);
    const { section } = created.json;
    expect(section).toMatchObject({ name, description: "Listen.", storyCount: 0, version: 1 });
    expect((await listSections()).at(-1)?.slug).toBe(section.slug);
    expect(invalidated).toEqual([["sections", `section:${section.slug}`]]);
    expect((await expectRefused(() => create({ name: "Again", slug: section.slug }), 409, "conflict")).json.error.fields).toEqual({
      slug: ["is already used by another section"],
    });
    await expectRefused(() => create({ name: " " }), 422, "invalid");
  });

  it("renames a section, purging the navigation, home and every list showing a story filed under it", async () => {
    const section = await makeSection();
    const tag = await makeTag();
    const story = await makeArticle(editor, { sectionId: section.id, tagIds: [tag.id] });
    await transitionArticle({ actor: editor, articleId: story.id, action: "publish", version: story.version });
    invalidated.length = 0;
    const renamed = await patch(section.id, { name: "Screens", version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.json.section).toMatchObject({ name: "Screens", version: 2, storyCount: 1 });
    expect(invalidated).toEqual([
      [
        "sections",
        "home",
        `section:${section.slug}`,
        `tag:${tag.slug}`,
        `author:${editor.id}`,
        `article:${story.id}`,
        `slug:${story.slug}`,
        "latest",
        "feeds",
      ].sort(),
    ]);
    invalidated.length = 0;
    expect((await patch(section.id, { description: "Everything on screens." })).status).toBe(200);
    expect(invalidated).toEqual([[`section:${section.slug}`]]);
    expect((await expectRefused(() => patch(section.id, { name: "Late", version: 1 }), 409, "conflict")).json.error.currentVersion).toBe(3);
    await expectRefused(() => patch(section.id, { name: "x".repeat(10 * 1024) }), 422, "invalid");
  });

  it("reorders the sections: the navigation follows; a list missing one is refused", async () => {
    const before = await db.select({ id: sections.id }).from(sections).orderBy(sections.position);
    const reversed = before.map((s) => s.id).reverse();
    const answer = await reorder(reversed);
    expect(answer.status).toBe(200);
    expect(answer.json.items.map((s: { id: string }) => s.id)).toEqual(reversed);
    const bySlug = new Map((await db.select().from(sections)).map((s) => [s.id, s.slug]));
    expect((await listSections()).map((s) => s.slug)).toEqual(reversed.map((id) => bySlug.get(id)));
    expect(invalidated).toEqual([["home", "sections"]]);
    await expectRefused(() => reorder(reversed.slice(1)), 409, "conflict");
    await expectRefused(() => reorder([...reversed, reversed[0]]), 409, "conflict");
  });

  it("deletes only an empty section (409 with stories)", async () => {
    const [full, empty] = [await makeSection(), await makeSection()];
    await makeArticle(editor, { sectionId: full.id });
    expect((await expectRefused(() => remove(full.id), 409, "conflict")).json.error.storyCount).toBe(1);
    expect(await sectionRow(full.id)).toBeDefined();
    expect((await remove(empty.id)).status).toBe(204);
    expect(await sectionRow(empty.id)).toBeUndefined();
    expect(invalidated).toEqual([["sections", `section:${empty.slug}`]]);
  });

  it("refuses editors and contributors (403) and changes nothing", async () => {
    const section = await makeSection();
    for (const token of [editor.token, writer.token]) {
      await expectRefused(() => call(sectionCollection.GET, { path: "/api/admin/sections", token }), 403, "forbidden");
      await expectRefused(() => create({ name: "Mine" }, token), 403, "forbidden");
      await expectRefused(() => patch(section.id, { name: "Mine" }, token), 403, "forbidden");
      await expectRefused(() => reorder([section.id], token), 403, "forbidden");
      await expectRefused(() => remove(section.id, token), 403, "forbidden");
    }
    expect(await sectionRow(section.id)).toMatchObject({ name: section.name, version: 1 });
    expect(invalidated).toEqual([]);
  });
});

describe("GET /api/admin/openapi.json", () => {
  it("documents the tag and section routes with the schemas they parse with", async () => {
    const document = await openapi.GET().json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/admin/tags",
        "/api/admin/tags/{id}",
        "/api/admin/tags/{id}/merge",
        "/api/admin/sections",
        "/api/admin/sections/{id}",
        "/api/admin/sections/order",
      ]),
    );
    expect(Object.keys(document.components.schemas.TagPatch.properties).sort()).toEqual(["description", "imageMediaId", "kind", "name", "slug", "version"]);
    expect(document.components.schemas.TagMerge.required).toEqual(["intoId"]);
    expect(document.paths["/api/admin/tags"].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["cursor", "kind", "limit", "q"]);
  });
});
