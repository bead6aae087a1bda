import type { Metadata } from "next";
import { parsePageSegment } from "@/lib/search/params";
import { SectionListing, sectionMetadata } from "../../../section-listing";

type Props = { params: Promise<{ slug: string; n: string }> };

// As /sections/[slug]: a placeholder no page can have; real pages render on request.
export function generateStaticParams() {
  return [{ slug: "-", n: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return sectionMetadata(slug, parsePageSegment(n));
}

export default async function SectionPageN({ params }: Props) {
  const { slug, n } = await params;
  return <SectionListing slug={slug} page={parsePageSegment(n)} />;
}
