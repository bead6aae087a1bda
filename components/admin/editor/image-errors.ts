"use client";
// Errors about particular images of the body (a publish refused for a
// missing alt text, an image no longer in the library), handed to each
// image's node view (lib/content/image-messages.ts reads them out of the
// server's messages).
import { createContext, useContext } from "react";
import type { ImageMessages } from "@/lib/content/image-messages";

export type ImageErrors = ImageMessages;

export const ImageErrorsContext = createContext<ImageErrors>({});

export const useImageErrors = (index: number | null): string[] => {
  const errors = useContext(ImageErrorsContext);
  return index === null ? [] : (errors[index] ?? []);
};
