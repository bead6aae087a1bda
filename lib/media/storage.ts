// Object storage for media files: the one interface the media code writes
// originals and variants through, and the choice between its two
// implementations by MEDIA_STORAGE (lib/env.ts): a directory on this host
// (storage-local.ts) or an S3-compatible bucket (storage-s3.ts).
//
// Keys are chosen by the app (content hashes and variant names), never taken
// from a user, and are checked here the same way for both adapters so that a
// key valid on one is valid on the other: segments of letters, digits, ".",
// "_" and "-" separated by "/", none empty or starting with ".".
import "server-only";
import type { Readable } from "node:stream";
import { getEnv, type Env } from "@/lib/env";

export type MediaBody = Uint8Array | Readable;

export interface StoredObject {
  /** The bytes, streamed; read it to the end or destroy it. */
  body: Readable;
  contentType: string;
  /** In bytes. */
  length: number;
  cacheControl?: string;
}

export interface MediaStorage {
  readonly kind: "local" | "s3";
  /** Writes the object whole or not at all; an existing key is replaced. */
  put(key: string, body: MediaBody, contentType: string, cacheControl?: string): Promise<void>;
  /** null when there is no object under the key. */
  get(key: string): Promise<StoredObject | null>;
  /** Keys that do not exist are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  /** The public URL of the key when MEDIA_PUBLIC_URL is set, else null (the app serves it). */
  publicUrl(key: string): string | null;
}

export const MAX_KEY_LENGTH = 512;
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

export class InvalidMediaKey extends Error {
  name = "InvalidMediaKey";
  constructor(readonly key: string) {
    super(`Invalid media key ${JSON.stringify(key.slice(0, 80))}: use segments of letters, digits, ".", "_" or "-" separated by "/"`);
  }
}

/** The key itself when it is one storage accepts; throws InvalidMediaKey otherwise (absolute, "..", control characters...). */
export function checkKey(key: string): string {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH) throw new InvalidMediaKey(String(key));
  if (!key.split("/").every((segment) => SEGMENT.test(segment))) throw new InvalidMediaKey(key);
  return key;
}

/** MEDIA_PUBLIC_URL joined with a checked key, or null without it. */
export function publicUrlFor(base: string | undefined, key: string): string | null {
  checkKey(key);
  return base ? `${base.replace(/\/+$/, "")}/${key}` : null;
}

export type MediaStorageSettings = Pick<
  Env,
  "MEDIA_STORAGE" | "MEDIA_LOCAL_DIR" | "MEDIA_PUBLIC_URL" | "S3_ENDPOINT" | "S3_REGION" | "S3_BUCKET" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY"
>;

/** The adapter the settings name. lib/env.ts has already checked that S3 settings are complete. */
export async function createMediaStorage(settings: MediaStorageSettings): Promise<MediaStorage> {
  if (settings.MEDIA_STORAGE === "s3") {
    const { S3Storage } = await import("./storage-s3");
    return new S3Storage({
      endpoint: settings.S3_ENDPOINT,
      region: settings.S3_REGION!,
      bucket: settings.S3_BUCKET!,
      accessKeyId: settings.S3_ACCESS_KEY_ID!,
      secretAccessKey: settings.S3_SECRET_ACCESS_KEY!,
      publicUrl: settings.MEDIA_PUBLIC_URL,
    });
  }
  const { LocalStorage } = await import("./storage-local");
  return new LocalStorage({ root: settings.MEDIA_LOCAL_DIR, publicUrl: settings.MEDIA_PUBLIC_URL });
}

let shared: Promise<MediaStorage> | undefined;

/** This process's storage, built once from the environment. */
export function getMediaStorage(): Promise<MediaStorage> {
  shared ??= createMediaStorage(getEnv());
  return shared;
}
