"use client";
// The public site's error page, inside its header and footer (app/(site)/layout.tsx).
import { ErrorPanel } from "@/components/ui/error-panel";

export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      title="Something went wrong"
      explanation="This page could not be shown just now. Try again in a moment."
      away={{ href: "/", label: "Go to the front page" }}
    />
  );
}
