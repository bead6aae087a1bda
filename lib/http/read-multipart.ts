// A multipart/form-data upload (one file and a few short text fields), read
// while it streams in with busboy. The file is counted as it arrives: past
// `maxFileBytes` the request is refused with 413 at once and its stream is
// cancelled, so no more than the limit is ever held. A declared
// Content-Length past what a file of the limit and the fields can take is
// refused before a byte is read. The one other way (besides read-body.ts)
// a route handler reads a body.
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "@/lib/errors";
import { tooLarge } from "./read-body";

export type MultipartUpload = {
  file: { bytes: Uint8Array; filename: string };
  fields: Record<string, string>;
};

export type MultipartLimits = {
  /** The file part's name. */
  fileField: string;
  maxFileBytes: number;
  /** The text fields accepted, each at most `maxFieldBytes`; any other part is refused. */
  fields: readonly string[];
  maxFieldBytes: number;
};

/** Room for the part headers and boundaries around the file and fields. */
const ENVELOPE_BYTES = 16 * 1024;

const invalid = (message: string, field?: string) => new AppError("invalid", message, field ? { fields: { [field]: [message] } } : {});

export async function readMultipartUpload(request: Request, limits: MultipartLimits): Promise<MultipartUpload> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type)) {
    await request.body?.cancel().catch(() => {});
    throw new AppError("bad_request", `Send the image as multipart/form-data with a "${limits.fileField}" field.`);
  }
  const ceiling = limits.maxFileBytes + limits.fields.length * limits.maxFieldBytes + ENVELOPE_BYTES;
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > ceiling) {
    await request.body?.cancel().catch(() => {});
    throw tooLarge(limits.maxFileBytes);
  }
  if (!request.body) throw invalid(`Send the image in the "${limits.fileField}" field.`, limits.fileField);

  const source = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": type },
      // Keep separators and control characters so the name check can refuse them, rather than busboy dropping the path silently.
      preservePath: true,
      defParamCharset: "utf8",
      limits: { files: 1, fileSize: limits.maxFileBytes, fields: limits.fields.length, fieldSize: limits.maxFieldBytes },
    });
  } catch {
    source.destroy();
    throw new AppError("bad_request", "The multipart body has no boundary.");
  }

  return new Promise<MultipartUpload>((resolve, reject) => {
    const fields: Record<string, string> = {};
    let file: MultipartUpload["file"] | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      parser.removeAllListeners();
      parser.on("error", () => {});
      reject(error);
    };

    parser.on("file", (name, stream, info) => {
      if (name !== limits.fileField) {
        stream.resume();
        return fail(invalid(`Unexpected file field "${name.slice(0, 40)}": send the image as "${limits.fileField}".`, name));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(tooLarge(limits.maxFileBytes)));
      stream.on("end", () => {
        if (!settled) file = { bytes: new Uint8Array(Buffer.concat(chunks, size)), filename: info.filename ?? "" };
      });
    });
    parser.on("field", (name, value, info) => {
      if (!limits.fields.includes(name)) return fail(invalid(`Unexpected field "${name.slice(0, 40)}".`, name));
      if (info.valueTruncated) return fail(invalid(`must be at most ${limits.maxFieldBytes} bytes`, name));
      fields[name] = value;
    });
    parser.on("filesLimit", () => fail(invalid("Send one image per request.", limits.fileField)));
    parser.on("fieldsLimit", () => fail(invalid("Too many fields.")));
    parser.on("error", () =>
      fail(new AppError("bad_request", "The multipart body is malformed (part headers, the file name included, cannot hold raw control characters).")),
    );
    parser.on("close", () => {
      if (settled) return;
      if (!file) return fail(invalid(`Send the image in the "${limits.fileField}" field.`, limits.fileField));
      settled = true;
      resolve({ file, fields });
    });
    source.on("error", () => fail(new AppError("bad_request", "The upload was interrupted.")));
    source.pipe(parser);
  });
}
