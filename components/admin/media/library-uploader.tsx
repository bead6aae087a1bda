"use client";
// The library page's upload zone: each finished upload is read again with
// the page, and the last one opens in the detail panel for its alt text.
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { UploadZone } from "./upload-zone";

export function LibraryUploader({ canUpload }: { canUpload: boolean }) {
  const router = useRouter();
  const onUploaded = useCallback(
    (media: { id: string }) => {
      router.push(`/admin/media?item=${media.id}`, { scroll: false });
      router.refresh();
    },
    [router],
  );
  if (!canUpload) return null;
  return <UploadZone label="Upload images" multiple pasteAnywhere onUploaded={onUploaded} />;
}
