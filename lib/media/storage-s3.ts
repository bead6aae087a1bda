// Media storage in an S3-compatible bucket (MEDIA_STORAGE=s3): AWS S3, or
// MinIO, Cloudflare R2 and the like through S3_ENDPOINT, addressed path-style
// (http://host/bucket/key), which they all accept whatever their DNS.
import "server-only";
import { DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { checkKey, publicUrlFor, type MediaBody, type MediaStorage, type StoredObject } from "./storage";

export interface S3Settings {
  /** Unset for AWS itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  publicUrl?: string;
}

/** DeleteObjects takes at most this many keys per request. */
const DELETE_BATCH = 1000;

export class S3Storage implements MediaStorage {
  readonly kind = "s3";
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly base: string | undefined;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.base = settings.publicUrl;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: Boolean(settings.endpoint),
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
      // The SDK's default adds a CRC32 to every request and sends stream
      // bodies in aws-chunked encoding with a trailer, which some
      // S3-compatible servers do not decode (s3rver stores the framing as the
      // object's bytes). Checksums go only where the API requires one
      // (DeleteObjects); bodies are sent whole with their length anyway.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: MediaBody, contentType: string, cacheControl?: string): Promise<void> {
    checkKey(key);
    // PutObject needs the length up front; media objects are at most the
    // upload limit (inspect.ts), so a stream is gathered first.
    const bytes = body instanceof Readable ? await buffer(body) : body;
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: contentType,
        ...(cacheControl ? { CacheControl: cacheControl } : {}),
      }),
    );
  }

  async get(key: string): Promise<StoredObject | null> {
    checkKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!(answer.Body instanceof Readable)) throw new Error("The S3 client returned no Node stream for GetObject");
      return {
        body: answer.Body,
        contentType: answer.ContentType ?? "application/octet-stream",
        length: answer.ContentLength ?? 0,
        ...(answer.CacheControl ? { cacheControl: answer.CacheControl } : {}),
      };
    } catch (error) {
      // Only a missing key: a missing bucket (also a 404) is a configuration error.
      if (error instanceof S3ServiceException && error.name === "NoSuchKey") return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    keys.forEach(checkKey);
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      const answer = await this.client.send(new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
      const failed = answer.Errors ?? [];
      if (failed.length > 0) throw new Error(`S3 refused to delete ${failed.map((e) => `${e.Key} (${e.Code}: ${e.Message})`).join(", ")}`);
    }
  }

  publicUrl(key: string): string | null {
    return publicUrlFor(this.base, key);
  }

  /** Closes the client's sockets. */
  destroy(): void {
    this.client.destroy();
  }
}
