import type { Metadata } from "next";
import { parsePageSegment } from "@/lib/search/params";
import { AuthorListing, authorMetadata } from "../../../author-listing";

type Props = { params: Promise<{ slug: string; n: string }> };

// As /authors/[slug]: a placeholder no page can have; real pages render on request.
export function generateStaticParams() {
  return [{ slug: "-", n: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, n } = await params;
  return authorMetadata(slug, parsePageSegment(n));
}

export default async function AuthorPageN({ params }: Props) {
  const { slug, n } = await params;
  return <AuthorListing slug={slug} page={parsePageSegment(n)} />;
}
