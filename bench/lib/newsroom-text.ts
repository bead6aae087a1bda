// Sentences, headlines and whole article bodies in entertainment-news style,
// made from the word lists and the names of an article's own tags, so search
// and tag pages see text that mentions what the article is tagged with.
import { answer, doc, h2, image, p, pullQuote, question, quote, bullets } from "@/lib/content/build";
import type { ArticleDocument, Block } from "@/lib/content/document";
import type { Random } from "./random";
import * as w from "./newsroom-words";

/** The names an article talks about: its tags first, invented extras after. */
export type Cast = { people: string[]; shows: string[]; films: string[]; networks: string[]; acts: string[]; events: string[] };

export type Story = { kind: "news" | "review" | "interview" | "roundup"; title: string; dek: string; body: ArticleDocument };

type Ctx = { r: Random; cast: Cast };
type Template = (c: Ctx) => string;

export const personName = (r: Random) => `${r.pick(w.firstNames)} ${r.pick(w.lastNames)}`;
export const workTitle = (r: Random) =>
  r.chance(0.5) ? `The ${r.pick(w.titleAdjectives)} ${r.pick(w.titleNouns)}` : `${r.pick(w.titleAdjectives)} ${r.pick(w.titleNouns)}`;
export const actName = (r: Random) =>
  r.chance(0.5) ? `The ${r.pick(w.titleAdjectives)} ${r.pick(w.bandWords)}` : `${r.pick(w.firstNames)} ${r.pick(w.lastNames)}`;

const one = (c: Ctx, list: keyof Cast, make: (r: Random) => string) => (c.cast[list].length && c.r.chance(0.75) ? c.r.pick(c.cast[list]) : make(c.r));
const P = (c: Ctx) => one(c, "people", personName);
const S = (c: Ctx) => `*${one(c, "shows", workTitle)}*`;
const F = (c: Ctx) => `*${one(c, "films", workTitle)}*`;
const N = (c: Ctx) => one(c, "networks", (r) => r.pick(w.networkNames));
const M = (c: Ctx) => one(c, "acts", actName);
const E = (c: Ctx) => one(c, "events", (r) => r.pick(w.eventNames));
const A = (c: Ctx) => c.r.pick(w.adjectives);
const num = (c: Ctx, lo: number, hi: number) => String(c.r.int(lo, hi));

const sentences: Template[] = [
  (c) => `${P(c)} is set to star in ${F(c)}, a ${A(c)} ${c.r.pick(w.genres)} from ${c.r.pick(w.studioNames)}.`,
  (c) => `${N(c)} has renewed ${S(c)} for a ${c.r.pick(w.ordinals)} season, ending weeks of speculation among fans.`,
  (c) => `The series follows ${c.r.pick(w.roles)} who is pulled back into a world she thought she had left behind.`,
  (c) => `${F(c)} opened to an estimated $${num(c, 8, 140)} million in its first weekend, well ahead of industry projections.`,
  (c) => `Production begins in ${c.r.pick(w.cities)} this ${c.r.pick(w.months)}, with ${P(c)} directing the first two episodes.`,
  (c) => `According to people familiar with the deal, ${N(c)} outbid at least ${num(c, 2, 5)} rival streamers for the rights.`,
  (c) => `${M(c)} will headline ${E(c)} after a surprise announcement on ${c.r.pick(w.weekdays)} night.`,
  (c) => `Critics at ${E(c)} called the film ${A(c)} and ${A(c)}, and the premiere ended with a ${num(c, 4, 12)}-minute standing ovation.`,
  (c) => `${P(c)} plays ${c.r.pick(w.roles)}, a role that reportedly took ${num(c, 3, 14)} months of preparation.`,
  (c) => `The trailer, released ${c.r.pick(w.weekdays)}, drew more than ${num(c, 2, 60)} million views in its first day online.`,
  (c) => `Representatives for ${P(c)} did not immediately respond to a request for comment.`,
  (c) => `${S(c)} returns on ${c.r.pick(w.months)} ${num(c, 1, 28)} with all ${num(c, 6, 10)} episodes dropping at once.`,
  (c) => `The new album from ${M(c)}, their first in ${num(c, 2, 9)} years, debuted at number ${num(c, 1, 10)} on the charts.`,
  () => `Fans have spent weeks trading theories about the finale, and the showrunner has been careful to give nothing away.`,
  (c) => `${P(c)} first rose to fame on ${S(c)}, which ran for ${num(c, 3, 9)} seasons on ${N(c)}.`,
  (c) => `The cast also includes ${P(c)}, ${P(c)} and ${P(c)}, who joins in a recurring role.`,
  (c) => `Industry analysts expect ${F(c)} to cross $${num(c, 200, 900)} million worldwide by the end of its run.`,
  (c) => `It is the ${A(c)} kind of story that rewards patience, even when the middle episodes lose their footing.`,
  (c) => `${N(c)} declined to share viewing figures, but the show has sat in the platform's top ten for ${num(c, 2, 9)} weeks.`,
  (c) => `The tour kicks off in ${c.r.pick(w.cities)} in ${c.r.pick(w.months)} and wraps with ${num(c, 2, 4)} nights in ${c.r.pick(w.cities)}.`,
  (c) => `Writers on the show said the ${c.r.pick(w.ordinals)} season would lean further into the ${A(c)} tone of its early episodes.`,
  (c) => `${P(c)} and ${P(c)} are in talks to reunite for a sequel, though no deal has been signed.`,
  () => `The documentary draws on hundreds of hours of archive footage, much of it never seen before.`,
  (c) => `Tickets for the ${c.r.pick(w.cities)} dates sold out within ${num(c, 4, 50)} minutes on ${c.r.pick(w.weekdays)} morning.`,
  (c) => `${S(c)} picked up ${num(c, 2, 14)} nominations, the most of any series this year.`,
  (c) => `Behind the camera, ${P(c)} returns as showrunner alongside longtime collaborator ${P(c)}.`,
  (c) => `The ${A(c)} score, composed by ${P(c)}, has already been shortlisted by several awards bodies.`,
  (c) => `Early screenings have been ${A(c)}, with audiences split over the ending.`,
  (c) => `The studio moved the release date up by ${num(c, 2, 8)} weeks to avoid a crowded holiday weekend.`,
  (c) => `${P(c)} told reporters at ${E(c)} that the project had been "a long time coming."`,
];

const quotes: Template[] = [
  (c) => `“We wanted to make something ${A(c)} and a little bit dangerous,” ${P(c)} said in a statement.`,
  (c) => `“I read the first script on a plane and cried twice before we landed,” ${P(c)} said.`,
  (c) => `“There is no version of this show without the fans who kept asking for more,” said ${P(c)}.`,
  (c) => `“It’s the hardest thing I’ve ever done, and the most fun,” ${P(c)} told Marquee.`,
  (c) => `“We are thrilled to keep telling this story,” a spokesperson for ${N(c)} said.`,
];

const questions: Template[] = [
  (c) => `How did you first come to ${S(c)}?`,
  () => `What was the hardest scene to shoot?`,
  (c) => `You have worked with ${P(c)} before. What changed this time?`,
  () => `Did the ending surprise you when you read it?`,
  () => `What do you want audiences to take away from it?`,
  (c) => `There has been a lot of talk about a ${c.r.pick(w.ordinals)} season. Is that happening?`,
  () => `How do you prepare for a role like this?`,
  () => `What are you watching right now?`,
];

const headlines: Record<Story["kind"], Template[]> = {
  news: [
    (c) => `${P(c)} Joins Cast of ${plain(S(c))} Season ${num(c, 2, 6)}`,
    (c) => `${N(c)} Renews ${plain(S(c))} for a ${cap(c.r.pick(w.ordinals))} Season`,
    (c) => `${plain(F(c))} Tops Weekend Box Office With $${num(c, 9, 150)} Million`,
    (c) => `${M(c)} Announce ${num(c, 2021, 2026)} World Tour Dates`,
    (c) => `${plain(S(c))} Premiere Date Set for ${c.r.pick(w.months)}`,
    (c) => `${P(c)} to Direct ${plain(F(c))} for ${c.r.pick(w.studioNames)}`,
    (c) => `${E(c)} Unveils This Year’s Lineup`,
  ],
  review: [
    (c) => `Review: ${plain(F(c))} Is a ${cap(A(c))} ${cap(c.r.pick(w.genres))}`,
    (c) => `Review: ${plain(S(c))} Season ${num(c, 2, 5)} Finds Its Footing`,
    (c) => `Review: ${M(c)} Go Big on Their ${cap(A(c))} New Album`,
  ],
  interview: [(c) => `${P(c)} on ${plain(S(c))}, Fame and the Ending Nobody Saw Coming`, (c) => `“It Was Terrifying”: ${P(c)} Talks ${plain(F(c))}`],
  roundup: [
    (c) => `The ${num(c, 5, 15)} Best Moments From ${E(c)}`,
    (c) => `Everything Coming to ${N(c)} in ${c.r.pick(w.months)}`,
    (c) => `${num(c, 8, 20)} Shows to Watch This ${c.r.pick(["Spring", "Summer", "Fall", "Winter"])}`,
  ],
};

const plain = (s: string) => s.replace(/\*/g, "");
const cap = (s: string) => s.replace(/\b[a-z]/g, (ch) => ch.toUpperCase());

function paragraph(c: Ctx): string {
  const n = c.r.int(2, 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(c.r.chance(0.12) ? c.r.pick(quotes)(c) : c.r.pick(sentences)(c));
  return parts.join(" ");
}

const words = (text: string) => text.split(/\s+/).length;

/** A body of about `target` words, shaped by the story kind. */
function body(c: Ctx, kind: Story["kind"], target: number): Block[] {
  const blocks: Block[] = [];
  let count = 0;
  const add = (block: Block, text: string) => {
    blocks.push(block);
    count += words(text);
  };
  const lead = paragraph(c);
  add(p(lead), lead);
  while (count < target) {
    const roll = c.r.next();
    if (kind === "interview" && roll < 0.6) {
      const q = c.r.pick(questions)(c);
      const a = `${paragraph(c)} ${paragraph(c)}`;
      const speaker = c.cast.people[0] ?? personName(c.r);
      add(question(q), q);
      add(answer(speaker, a), a);
    } else if (kind === "roundup" && roll < 0.3) {
      const heading = plain(c.r.pick(headlines.news)(c));
      add(h2(heading), heading);
    } else if (roll < 0.05) {
      const items = [c.r.pick(sentences)(c), c.r.pick(sentences)(c), c.r.pick(sentences)(c)];
      add(bullets(...items), items.join(" "));
    } else if (roll < 0.1) {
      const text = c.r.pick(quotes)(c);
      add(quote(text), text);
    } else if (roll < 0.13) {
      const text = `${c.r.pick(sentences)(c)}`;
      add(pullQuote(plain(text), c.cast.people[0] ?? personName(c.r)), text);
    } else if (roll < 0.16) {
      const heading = `${cap(A(c))} ${c.r.pick(w.titleNouns)}`;
      add(h2(heading), heading);
    } else if (roll < 0.17) {
      const caption = `${P(c)} at ${E(c)}.`;
      add(image(`/images/demo/${c.r.pick(DEMO_IMAGES)}.svg`, caption, caption, "Illustration: Marquee"), caption);
    } else {
      const text = paragraph(c);
      add(p(text), text);
    }
  }
  return blocks;
}

export const DEMO_IMAGES = ["coastal-dusk", "city-skyline-dusk", "film-strip"] as const;

export function writeStory(r: Random, cast: Cast, targetWords: number): Story {
  const c: Ctx = { r, cast };
  const roll = r.next();
  const kind: Story["kind"] = roll < 0.6 ? "news" : roll < 0.75 ? "review" : roll < 0.9 ? "interview" : "roundup";
  const title = r.pick(headlines[kind])(c).slice(0, 200);
  const dek = plain(r.pick(sentences)(c)).slice(0, 400);
  return { kind, title, dek, body: doc(...body(c, kind, targetWords)) };
}
