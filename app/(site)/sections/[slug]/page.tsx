import type { Metadata } from "next";
import { SectionListing, sectionMetadata } from "../section-listing";

type Props = { params: Promise<{ slug: string }> };

// Rendered on the first request and cached from then on; the build lists only a name no section can have.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionMetadata((await params).slug, 1);
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).slug} page={1} />;
}
