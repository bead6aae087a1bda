import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ArticleView } from "@/components/site/article-view";
import { PreviewBanner } from "@/components/site/preview-banner";
import { getPreviewArticle, resolvePreviewToken } from "@/lib/articles/preview";

export const metadata: Metadata = { title: "Shared preview", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default function SharedPreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading preview…</p>}>
      <SharedPreview params={params} />
    </Suspense>
  );
}

async function SharedPreview({ params }: Props) {
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
