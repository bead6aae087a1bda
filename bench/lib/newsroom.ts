// The benchmark newsroom's fixed parts: staff, sections and typed tags.
import { slugify } from "@/lib/articles/slug";
import { type TagKind } from "@/lib/tags/kinds";
import { actName, personName, workTitle } from "./newsroom-text";
import { createRandom, type Random, uuidFrom } from "./random";
import * as w from "./newsroom-words";

export type StaffRow = { id: string; email: string; name: string; slug: string; bio: string; role: "contributor" | "editor" | "admin" };
export type TagRow = { id: string; slug: string; name: string; kind: TagKind; description: string };
export type SectionRow = { id: string; slug: string; name: string; description: string; position: number };

/** The accounts `bench/run.ts` acts as (it finds them by email). */
export const BENCH_EDITOR_EMAIL = "desk.editor@bench.marquee.test";
export const BENCH_ADMIN_EMAIL = "desk.admin@bench.marquee.test";

export function makeSections(r: Random): SectionRow[] {
  return [
    { slug: "tv", name: "TV", description: "Series, streaming and the people who make them." },
    { slug: "film", name: "Film", description: "Releases, reviews, festivals and the box office." },
    { slug: "music", name: "Music", description: "Albums, tours and the charts." },
    { slug: "celebrity", name: "Celebrity", description: "The people behind the headlines." },
  ].map((s, i) => ({ ...s, id: uuidFrom(r), position: i + 1 }));
}

/** `count` people: the first two are the desk accounts; about one in ten is an editor. */
export function makeStaff(r: Random, count: number): StaffRow[] {
  const rows: StaffRow[] = [];
  const slugs = new Set<string>();
  const add = (name: string, role: StaffRow["role"], email?: string) => {
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    const beat = r.pick(["TV", "film", "music", "celebrity news", "streaming", "awards season", "the box office"]);
    rows.push({
      id: uuidFrom(r),
      email: email ?? `${slug}@bench.marquee.test`,
      name,
      slug,
      bio: `${name} covers ${beat} for Marquee from ${r.pick(w.cities)}.`,
      role,
    });
  };
  add("Desk Admin", "admin", BENCH_ADMIN_EMAIL);
  add("Desk Editor", "editor", BENCH_EDITOR_EMAIL);
  while (rows.length < count) add(personName(r), r.chance(0.1) ? "editor" : "contributor");
  return rows;
}

const kindShare: [TagKind, number][] = [
  ["person", 0.4],
  ["show", 0.16],
  ["film", 0.16],
  ["music", 0.1],
  ["event", 0.06],
  ["book", 0.05],
  ["game", 0.04],
  ["network", 0.02],
];

function tagName(r: Random, kind: TagKind): string {
  switch (kind) {
    case "person":
      return personName(r);
    case "music":
      return actName(r);
    case "network":
      return r.chance(0.3) ? r.pick(w.networkNames) : `${r.pick(w.titleNouns)} ${r.pick(["TV", "Plus", "Network", "Channel"])}`;
    case "event":
      return `${r.pick(w.eventNames)} ${r.int(2019, 2026)}`;
    default:
      return workTitle(r);
  }
}

/**
 * `count` tags ordered by popularity: the broad topics first (they carry the
 * most articles under the Zipf draw), then every other kind shuffled.
 */
export function makeTags(seed: number, count: number): TagRow[] {
  const r = createRandom(seed);
  const slugs = new Set<string>();
  const make = (name: string, kind: TagKind): TagRow | null => {
    const slug = slugify(name);
    if (!slug || slugs.has(slug)) return null;
    slugs.add(slug);
    return { id: uuidFrom(r), slug, name, kind, description: "" };
  };
  const topics = w.topicNames.slice(0, Math.ceil(count / 100)).flatMap((name) => make(name, "topic") ?? []);
  const others: TagRow[] = [];
  const want = count - topics.length;
  for (const [kind, share] of kindShare) {
    const target = others.length + Math.ceil(want * share);
    for (let attempts = 0; others.length < target && attempts < want * 20; attempts++) {
      const row = make(tagName(r, kind), kind);
      if (row) others.push(row);
    }
  }
  for (let attempts = 0; others.length < want && attempts < want * 20; attempts++) {
    const row = make(personName(r), "person");
    if (row) others.push(row);
  }
  return [...topics, ...r.shuffle(others)].slice(0, count);
}
