// Media storage in a directory of this host (MEDIA_STORAGE=local, the
// default; MEDIA_LOCAL_DIR, .data/media unless set). An object is its bytes
// at <root>/<key>, so a web server can serve the directory as it is, plus
// its content type and cache policy in <root>/.meta/<key>.json. Keys never
// start a segment with "." (storage.ts), so neither .meta nor the temporary
// files in <root>/.tmp can be named by one.
//
// Every write goes to a temporary file in <root>/.tmp, is flushed to disk and
// renamed into place: a reader sees the old object or the new one, never half
// of one, and a crash leaves at most a stray temporary file.
import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkKey, publicUrlFor, type MediaBody, type MediaStorage, type StoredObject } from "./storage";

interface Meta {
  contentType: string;
  cacheControl?: string;
}

export class LocalStorage implements MediaStorage {
  readonly kind = "local";
  readonly root: string;
  private readonly base: string | undefined;

  constructor(options: { root: string; publicUrl?: string }) {
    this.root = path.resolve(options.root);
    this.base = options.publicUrl;
  }

  /** The object's path; checkKey has ruled out anything that leaves the root, and this checks again. */
  private pathOf(key: string, tree: "" | ".meta" = ""): string {
    checkKey(key);
    const full = path.resolve(this.root, tree, tree ? `${key}.json` : key);
    if (!full.startsWith(this.root + path.sep)) throw new Error(`Media key escapes the storage root: ${key}`);
    return full;
  }

  private async writeAtomically(target: string, body: MediaBody): Promise<void> {
    const tmpDir = path.join(this.root, ".tmp");
    await mkdir(tmpDir, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    try {
      if (body instanceof Uint8Array) {
        const handle = await open(tmp, "wx", 0o644);
        try {
          await handle.writeFile(body);
          await handle.sync();
        } finally {
          await handle.close();
        }
      } else {
        await pipeline(body instanceof Readable ? body : Readable.from(body), createWriteStream(tmp, { flags: "wx", mode: 0o644, flush: true }));
      }
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  async put(key: string, body: MediaBody, contentType: string, cacheControl?: string): Promise<void> {
    const meta: Meta = { contentType, ...(cacheControl ? { cacheControl } : {}) };
    // Metadata first: a reader that finds the new bytes finds their type too.
    await this.writeAtomically(this.pathOf(key, ".meta"), new TextEncoder().encode(JSON.stringify(meta)));
    await this.writeAtomically(this.pathOf(key), body);
  }

  async get(key: string): Promise<StoredObject | null> {
    let handle;
    try {
      handle = await open(this.pathOf(key), "r");
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      // The open file is the object, even if a put renames a new one into place meanwhile.
      const stat = await handle.stat();
      if (!stat.isFile()) {
        await handle.close();
        return null;
      }
      const meta = await this.readMeta(key);
      return {
        body: handle.createReadStream({ autoClose: true }),
        contentType: meta.contentType,
        length: stat.size,
        ...(meta.cacheControl ? { cacheControl: meta.cacheControl } : {}),
      };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  private async readMeta(key: string): Promise<Meta> {
    try {
      const meta = JSON.parse(await readFile(this.pathOf(key, ".meta"), "utf8")) as Partial<Meta>;
      if (typeof meta.contentType === "string") return { contentType: meta.contentType, cacheControl: meta.cacheControl };
    } catch (error) {
      if (!isMissing(error) && !(error instanceof SyntaxError)) throw error;
    }
    return { contentType: "application/octet-stream" };
  }

  async delete(keys: readonly string[]): Promise<void> {
    const paths = keys.flatMap((key) => [this.pathOf(key), this.pathOf(key, ".meta")]);
    await Promise.all(paths.map((p) => rm(p, { force: true })));
  }

  publicUrl(key: string): string | null {
    return publicUrlFor(this.base, key);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
