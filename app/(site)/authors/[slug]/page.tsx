import type { Metadata } from "next";
import { AuthorListing, authorMetadata } from "../author-listing";

type Props = { params: Promise<{ slug: string }> };

// Rendered on the first request and cached from then on; the build lists only a name no author can have.
export function generateStaticParams() {
  return [{ slug: "-" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return authorMetadata((await params).slug, 1);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorListing slug={(await params).slug} page={1} />;
}
