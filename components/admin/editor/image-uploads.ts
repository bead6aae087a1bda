"use client";
// Image files dropped or pasted into the body: each is uploaded to the media
// library and, once stored, inserted where it was dropped (or at the caret)
// as an image block naming the item, with the item's alt text, caption and
// credit to start from.
import type { Editor } from "@tiptap/react";
import { type RefObject, useCallback, useRef } from "react";
import type { MediaItem } from "@/components/admin/media/media-client";
import { pickVariantUrl } from "@/components/admin/media/thumbnail";
import { useUploads } from "@/components/admin/media/use-uploads";
import { insertBlock } from "./insert-block";

/** The attributes of an image block showing `media`. */
export const imageAttrsOf = (media: MediaItem) => ({
  mediaId: media.id,
  src: pickVariantUrl(media, 1200),
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
});

export function insertMediaImage(editor: Editor, media: MediaItem, at?: number) {
  if (at === undefined) return insertBlock(editor, { type: "image", attrs: imageAttrsOf(media) });
  const pos = Math.min(at, editor.state.doc.content.size);
  editor
    .chain()
    .focus()
    .insertContentAt(pos, { type: "image", attrs: imageAttrsOf(media) })
    .run();
}

/** `editor` is a ref: the editor is made after the handlers it calls. */
export function useBodyImageUploads(editor: RefObject<Editor | null>) {
  const positions = useRef(new WeakMap<File, number | undefined>());
  const onUploaded = (media: MediaItem, file: File) => {
    const current = editor.current;
    if (current && !current.isDestroyed) insertMediaImage(current, media, positions.current.get(file));
  };
  const { entries, upload, dismiss } = useUploads(onUploaded);
  /** Uploads `files`, to be inserted at `at` (a document position), else at the caret. */
  const add = useCallback(
    (files: File[], at?: number) => {
      for (const file of files) positions.current.set(file, at);
      void upload(files);
    },
    [upload],
  );
  return { entries, add, dismiss };
}
