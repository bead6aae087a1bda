// Types for next-cache-handler.mjs, which Next loads as plain JavaScript.
import type FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";

export declare const RENDERED_AT_HEADER: "x-marquee-rendered-at";
export default class RenderDatedCache extends FileSystemCache {}
