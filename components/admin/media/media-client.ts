// The browser's side of the Admin API's media routes (with the session
// cookie; define-route checks it and the Origin). Uploads go through
// XMLHttpRequest, the one browser API that reports upload progress. Every
// call answers a result the dashboard can show: the item, or the API's own
// message for a refusal (too large, not an image, an SVG, an item in use).
import type { MediaDto } from "@/lib/media/dto";
import type { MediaUse } from "@/lib/media/usage";

export type MediaItem = MediaDto;
export type MediaListEntry = MediaDto & { usageCount: number };
export type MediaUsage = MediaUse;
/** A story named by a refused delete (409). */
export type UsedIn = { id: string; title: string; slug: string; live: boolean };

export type ApiFailure = { ok: false; status: number; message: string; fields?: Record<string, string[]>; usedIn?: UsedIn[] };
export type ApiResult<T> = { ok: true; data: T } | ApiFailure;

const BASE = "/api/admin/media";
const OFFLINE: ApiFailure = { ok: false, status: 0, message: "Could not reach the server. Nothing was changed; try again." };

/** What the API said, as a failure: its message, else one for the status. */
function failureOf(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: { message?: string; fields?: Record<string, string[]>; usedIn?: UsedIn[] } } | null)?.error;
  const fallback =
    status === 413
      ? "The file is too large."
      : status === 401
        ? "Your session has ended. Sign in again."
        : status >= 500
          ? "Something went wrong on our side. Try again."
          : `The server refused the request (${status}).`;
  return { ok: false, status, message: error?.message ?? fallback, fields: error?.fields, usedIn: error?.usedIn };
}

async function call<T>(path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: "same-origin", ...init });
  } catch {
    return OFFLINE;
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  return response.ok ? { ok: true, data: body as T } : failureOf(response.status, body);
}

export function listMedia({ q = "", cursor = "" }: { q?: string; cursor?: string }) {
  const query = new URLSearchParams({ ...(q.trim() ? { q: q.trim() } : {}), ...(cursor ? { cursor } : {}) });
  return call<{ items: MediaListEntry[]; nextCursor: string | null }>(`${BASE}?${query}`);
}

export function readMedia(id: string) {
  return call<{ media: MediaItem; usage: MediaUsage[] }>(`${BASE}/${id}`);
}

export type MediaPatch = Partial<Pick<MediaItem, "alt" | "credit" | "caption" | "focal">> & { version?: number };

export function patchMedia(id: string, patch: MediaPatch) {
  return call<{ media: MediaItem }>(`${BASE}/${id}`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify(patch) });
}

export function deleteMedia(id: string) {
  return call<null>(`${BASE}/${id}`, { method: "DELETE" });
}

type Progress = (fraction: number) => void;

/** Sends `form` as multipart with progress (0 to 1 of the bytes sent). */
function send(method: "POST" | "PUT", path: string, form: FormData, onProgress?: Progress, signal?: AbortSignal): Promise<ApiResult<{ media: MediaItem }>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress?.(event.loaded / event.total);
    xhr.onload = () => resolve(xhr.status >= 200 && xhr.status < 300 ? { ok: true, data: xhr.response } : failureOf(xhr.status, xhr.response));
    xhr.onerror = () => resolve(OFFLINE);
    xhr.onabort = () => resolve({ ok: false, status: 0, message: "Upload cancelled." });
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(form);
  });
}

/** Uploads a new image (201, or 200 with the item that already holds the same bytes). */
export function uploadMedia(file: File, options: { onProgress?: Progress; signal?: AbortSignal } = {}) {
  const form = new FormData();
  form.set("file", file);
  return send("POST", BASE, form, options.onProgress, options.signal);
}

/** A new file behind the same id: every story using it shows the new one. */
export function replaceMediaFile(id: string, file: File, options: { version?: number; onProgress?: Progress } = {}) {
  const form = new FormData();
  form.set("file", file);
  if (options.version) form.set("version", String(options.version));
  return send("PUT", `${BASE}/${id}/file`, form, options.onProgress);
}
