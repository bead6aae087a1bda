import type { Metadata } from "next";
import { TagListing, tagMetadata } from "../tag-listing";

type Props = { params: Promise<{ slug: string }> };

// Real tag pages render on their first request and are cached from then on
// (as article pages are): the build lists only a name no tag can have, whose
// 404 page made-up slugs get (lib/cache/unknown-page-gate.ts).
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return tagMetadata((await params).slug, 1);
}

export default async function TagPage({ params }: Props) {
  return <TagListing slug={(await params).slug} page={1} />;
}
