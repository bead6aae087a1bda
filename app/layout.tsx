import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import localFont from "next/font/local";
import { getEnv } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/scope";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: "Marquee: entertainment news", template: "%s | Marquee" },
    description: "TV, film, music and celebrity news, reviews and interviews.",
    applicationName: "Marquee",
    openGraph: { siteName: "Marquee", locale: "en_US", type: "website" },
    twitter: { card: "summary_large_image" },
    alternates: { types: feedAlternates() },
  };
}

// Geist Mono as the geist package declares it, but not preloaded: a preload is
// a 70 kB download at high priority on every page, beside the text a phone is
// about to paint, and readers' pages show no monospace. The browser fetches it
// when a page uses it (see docs/architecture.md, "Readers' script").
const GeistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
  preload: false,
});

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
