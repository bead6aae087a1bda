import type { Metadata } from "next";
import { parsePageSegment } from "@/lib/search/params";
import { TagListing, tagMetadata } from "../../../tag-listing";

type Props = { params: Promise<{ slug: string; n: string }> };

// As /tags/[slug]: a placeholder no page can have; real pages render on request.
export function generateStaticParams() {
  return [{ slug: "-", n: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return tagMetadata(slug, parsePageSegment(n));
}

export default async function TagPageN({ params }: Props) {
  const { slug, n } = await params;
  return <TagListing slug={slug} page={parsePageSegment(n)} />;
}
