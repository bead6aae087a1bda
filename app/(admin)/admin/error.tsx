"use client";
// The dashboard's error page, inside its header (app/(admin)/admin/layout.tsx).
// Nothing is lost by retrying: the editor saves as it goes.
import { ErrorPanel } from "@/components/ui/error-panel";

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorPanel
      error={error}
      retry={retry}
      title="This page failed to load"
      explanation="The newsroom could not show this page. Your saved work is safe; try again, or go back to the dashboard."
      away={{ href: "/admin", label: "Back to the dashboard" }}
    />
  );
}
