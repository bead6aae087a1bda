import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { PreviewBanner } from "@/components/site/preview-banner";
import { getPreviewArticle, resolvePreviewToken } from "@/lib/articles/preview";

export const metadata: Metadata = { title: "Shared preview", robots: { index: false, follow: false }, referrer: "no-referrer" };

// Blocking, not streamed: a revoked or expired link must answer 404 itself,
// which a response that has started streaming can no longer do.
export const instant = false;

type Props = { params: Promise<{ token: string }> };

export default async function SharedPreviewPage({ params }: Props) {
  const { token } = await params;
  const articleId = await resolvePreviewToken({ token });
  const article = articleId ? await getPreviewArticle({ articleId }) : null;
  if (!article) notFound();
  return (
    <>
      <PreviewBanner text="Shared preview: this story is not published. Please do not share this link." />
      <ArticleView article={article} related={[]} />
    </>
  );
}
