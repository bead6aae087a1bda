"use client";
// The last resort: an error in the root layout itself. It replaces the whole
// document, so it brings its own <html>, <body> and the site's styles.
import Link from "next/link";
import { ErrorPanel } from "@/components/ui/error-panel";
import "./globals.css";

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>Something went wrong | Marquee</title>
        <header className="border-b border-zinc-200">
          <div className="mx-auto max-w-6xl px-4 py-4">
            <Link href="/" className="text-2xl font-black uppercase tracking-tight text-marquee-600">
              Marquee
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          <ErrorPanel
            error={error}
            retry={retry}
            title="Something went wrong"
            explanation="Marquee could not show this page just now. Try again in a moment."
            away={{ href: "/", label: "Go to the front page" }}
          />
        </main>
      </body>
    </html>
  );
}
