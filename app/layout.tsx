import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
