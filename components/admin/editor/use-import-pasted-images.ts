"use client";
// Images that arrive in the body by address (pasted HTML, say) are fetched
// once into the media library, so the story never depends on the other
// site: each new image block with an https address (or one of the site's
// /images/ files) and no library item is imported, and every block showing
// that address then names the item. Blocks already in the story when it was
// opened are left as they are. A refusal is reported and the block kept.
import type { Node as PmNode } from "@tiptap/pm/model";
import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { importImageUrl } from "@/components/admin/media/import-url";
import type { MediaItem } from "@/components/admin/media/media-client";
import { imageAttrsOf } from "./image-uploads";

const importable = (src: string) => /^https:\/\//i.test(src) || src.startsWith("/images/");

function addressesOf(doc: PmNode): Set<string> {
  const found = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === "image" && !node.attrs.mediaId && node.attrs.src) found.add(String(node.attrs.src));
    return node.isBlock && node.type.name !== "image";
  });
  return found;
}

/** Points every library-less block showing `src` at `media`, keeping its own text; not an undo step. */
function adopt(editor: Editor, src: string, media: MediaItem) {
  const { tr } = editor.state;
  const { mediaId, src: newSrc } = imageAttrsOf(media);
  tr.doc.descendants((node, pos) => {
    if (node.type.name === "image" && !node.attrs.mediaId && node.attrs.src === src) tr.setNodeMarkup(pos, undefined, { ...node.attrs, mediaId, src: newSrc });
  });
  if (tr.docChanged) editor.view.dispatch(tr.setMeta("addToHistory", false));
}

export function useImportPastedImages(editor: Editor | null) {
  const [failures, setFailures] = useState<{ src: string; message: string }[]>([]);

  useEffect(() => {
    if (!editor) return;
    const known = addressesOf(editor.state.doc);
    const pending = new Set<string>();
    const onUpdate = () => {
      if (!editor.isEditable) return;
      for (const src of addressesOf(editor.state.doc)) {
        if (known.has(src) || pending.has(src) || !importable(src)) continue;
        pending.add(src);
        void importImageUrl(src).then((result) => {
          pending.delete(src);
          known.add(src);
          if (editor.isDestroyed) return;
          if (result.ok) adopt(editor, src, result.data);
          else setFailures((all) => [...all, { src, message: result.message }]);
        });
      }
    };
    editor.on("update", onUpdate);
    return () => {
      editor.off("update", onUpdate);
    };
  }, [editor]);

  return { failures, dismiss: (src: string) => setFailures((all) => all.filter((f) => f.src !== src)) };
}
