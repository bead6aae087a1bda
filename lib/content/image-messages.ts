// Messages about particular images of a body: the server names an image by
// its place among the body's blocks ("image 3: ..."), as the article write
// path and the publish rule word them, so the editor can show each message
// beside its image. Pure and client-safe.

/** Messages by top-level block index. */
export type ImageMessages = Record<number, string[]>;

/** Splits body messages into those about one image (by block index) and the rest. */
export function splitBodyErrors(messages: readonly string[] = []): { images: ImageMessages; other: string[] } {
  const images: ImageMessages = {};
  const other: string[] = [];
  for (const message of messages) {
    const n = /^image (\d+)\b/i.exec(message.trim())?.[1];
    if (n) (images[Number(n) - 1] ??= []).push(message);
    else other.push(message);
  }
  return { images, other };
}
