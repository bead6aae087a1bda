// Tag kinds as editors see them. Kept in step with the tag_kind enum in db/schema.ts.
export const tagKind = ["topic", "show", "film", "person", "network", "music", "event", "book", "game"] as const;
export type TagKind = (typeof tagKind)[number];

export const tagKindLabel: Record<TagKind, string> = {
  topic: "Topic",
  show: "TV Show",
  film: "Film",
  person: "Person",
  network: "Network",
  music: "Music",
  event: "Event",
  book: "Book",
  game: "Game",
};
