import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkKey, createMediaStorage, InvalidMediaKey, type MediaStorage } from "./storage";
import { LocalStorage } from "./storage-local";
import { S3Storage } from "./storage-s3";
import { s3rverSettings, startS3rver } from "@/tests/s3rver";

const bytes = (text: string) => new TextEncoder().encode(text);

async function read(storage: MediaStorage, key: string) {
  const object = await storage.get(key);
  if (!object) return null;
  return { ...object, text: (await buffer(object.body)).toString("utf8") };
}

let localRoot: string;
let s3rver: Awaited<ReturnType<typeof startS3rver>>;
const adapters: Record<string, () => MediaStorage> = {};

beforeAll(async () => {
  localRoot = await mkdtemp(path.join(tmpdir(), "marquee-media-"));
  s3rver = await startS3rver();
  adapters.local = () => new LocalStorage({ root: localRoot });
  adapters.s3 = () => new S3Storage(s3rverSettings(s3rver.endpoint));
});

afterAll(async () => {
  await s3rver?.stop();
  if (localRoot) await rm(localRoot, { recursive: true, force: true });
});

describe.each(["local", "s3"])("%s storage", (kind) => {
  it("stores bytes with their content type and cache policy, and gives them back", async () => {
    const storage = adapters[kind]();
    await storage.put("ab/cd/original.jpg", bytes("not really a jpeg"), "image/jpeg", "public, max-age=31536000, immutable");
    const object = await read(storage, "ab/cd/original.jpg");
    expect(object).toMatchObject({
      text: "not really a jpeg",
      contentType: "image/jpeg",
      length: 17,
      cacheControl: "public, max-age=31536000, immutable",
    });
  });

  it("takes a stream, and replaces an existing object", async () => {
    const storage = adapters[kind]();
    await storage.put("ab/stream.webp", bytes("first"), "image/webp");
    await storage.put("ab/stream.webp", Readable.from([Buffer.from("str"), Buffer.from("eamed "), Buffer.from("bytes")]), "image/avif");
    const object = await read(storage, "ab/stream.webp");
    expect(object).toMatchObject({ text: "streamed bytes", contentType: "image/avif", length: 14 });
  });

  it("answers null for a key with no object", async () => {
    const storage = adapters[kind]();
    expect(await storage.get("never/written.png")).toBeNull();
  });

  it("deletes objects, and ignores keys that do not exist", async () => {
    const storage = adapters[kind]();
    await storage.put("del/a.png", bytes("a"), "image/png");
    await storage.put("del/b.png", bytes("b"), "image/png");
    await storage.put("del/keep.png", bytes("k"), "image/png");
    await storage.delete(["del/a.png", "del/b.png", "del/missing.png"]);
    expect(await storage.get("del/a.png")).toBeNull();
    expect(await storage.get("del/b.png")).toBeNull();
    expect((await read(storage, "del/keep.png"))?.text).toBe("k");
  });

  it("refuses keys that could leave the store or mean something else", async () => {
    const storage = adapters[kind]();
    for (const key of [
      "../escape.jpg",
      "a/../../escape.jpg",
      "/etc/passwd",
      "a//b.jpg",
      ".meta/x.json",
      "a/.tmp",
      "a\u0000b.jpg",
      "a\nb.jpg",
      "a\\b.jpg",
      "",
    ]) {
      await expect(storage.put(key, bytes("x"), "image/jpeg"), JSON.stringify(key)).rejects.toBeInstanceOf(InvalidMediaKey);
      await expect(storage.get(key), JSON.stringify(key)).rejects.toBeInstanceOf(InvalidMediaKey);
      await expect(storage.delete(["ok.jpg", key]), JSON.stringify(key)).rejects.toBeInstanceOf(InvalidMediaKey);
    }
  });
});

describe("local storage", () => {
  it("keeps the bytes as a plain file under the root, and nothing outside it", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "marquee-media-"));
    try {
      const storage = new LocalStorage({ root });
      await storage.put("ff/00/640.avif", bytes("avif bytes"), "image/avif");
      expect(await readFile(path.join(root, "ff/00/640.avif"), "utf8")).toBe("avif bytes");
      // The temporary file was renamed into place: none is left behind.
      expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
      await expect(storage.put("../outside.avif", bytes("x"), "image/avif")).rejects.toBeInstanceOf(InvalidMediaKey);
      await expect(stat(path.join(root, "../outside.avif"))).rejects.toMatchObject({ code: "ENOENT" });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("leaves the old object whole when a streamed write fails half way", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "marquee-media-"));
    try {
      const storage = new LocalStorage({ root });
      await storage.put("x/photo.jpg", bytes("old bytes"), "image/jpeg");
      const failing = Readable.from(
        (async function* () {
          yield Buffer.from("new by");
          throw new Error("upload cut off");
        })(),
      );
      await expect(storage.put("x/photo.jpg", failing, "image/jpeg")).rejects.toThrow("upload cut off");
      expect((await read(storage, "x/photo.jpg"))?.text).toBe("old bytes");
      expect(await readdir(path.join(root, ".tmp"))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("tells the public URL only when MEDIA_PUBLIC_URL is set", async () => {
    const settings = { MEDIA_STORAGE: "local", MEDIA_LOCAL_DIR: localRoot } as const;
    expect((await createMediaStorage(settings)).publicUrl("ab/640.webp")).toBeNull();
    const withUrl = await createMediaStorage({ ...settings, MEDIA_PUBLIC_URL: "https://cdn.example.com/media" });
    expect(withUrl.kind).toBe("local");
    expect(withUrl.publicUrl("ab/640.webp")).toBe("https://cdn.example.com/media/ab/640.webp");
    expect(() => withUrl.publicUrl("../x")).toThrow(InvalidMediaKey);
  });
});

describe("S3 storage", () => {
  it("is chosen by MEDIA_STORAGE=s3 and talks to the configured endpoint path-style", async () => {
    const storage = await createMediaStorage({
      MEDIA_STORAGE: "s3",
      MEDIA_LOCAL_DIR: localRoot,
      MEDIA_PUBLIC_URL: "https://media.example.com",
      S3_ENDPOINT: s3rver.endpoint,
      S3_REGION: "us-east-1",
      S3_BUCKET: "media",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
    });
    expect(storage.kind).toBe("s3");
    await storage.put("via/env.png", bytes("png"), "image/png");
    // Path-style: the object is at <endpoint>/<bucket>/<key> (s3rver serves anonymous reads).
    const answer = await fetch(`${s3rver.endpoint}/media/via/env.png`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("png");
    expect(storage.publicUrl("via/env.png")).toBe("https://media.example.com/via/env.png");
  });

  it("reports a bucket that does not exist instead of answering null", async () => {
    const storage = new S3Storage({ ...s3rverSettings(s3rver.endpoint), bucket: "no-such-bucket" });
    await expect(storage.get("a.png")).rejects.toThrow();
  });
});

describe("checkKey", () => {
  it("accepts the keys the media code makes", () => {
    expect(checkKey("3f/a9c0e1/1280.avif")).toBe("3f/a9c0e1/1280.avif");
    expect(checkKey("originals/3fa9.jpg")).toBe("originals/3fa9.jpg");
  });
  it("refuses what is not a plain relative path", () => {
    for (const key of ["..", "a/..", "./a", "a/", "C:\\x", "a b", "é.jpg", "x".repeat(513)]) expect(() => checkKey(key), key).toThrow(InvalidMediaKey);
  });
});
