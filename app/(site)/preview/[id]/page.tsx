import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { ArticleView } from "@/components/site/article-view";
import { PreviewBanner } from "@/components/site/preview-banner";
import { canPreview, getPreviewArticle } from "@/lib/articles/preview";
import { getActor } from "@/lib/auth/session";
import { isUuid } from "@/lib/params";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default function PreviewPage({ params }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading preview…</p>}>
      <Preview params={params} />
    </Suspense>
  );
}

async function Preview({ params }: Props) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent(`/preview/${id}`)}`);
  if (!isUuid(id) || !(await canPreview(actor, id))) notFound();
  const article = await getPreviewArticle({ articleId: id });
  if (!article) notFound();
  return (
    <>
      <PreviewBanner text="Preview of the working copy. Readers see the published version until it is published." />
      <ArticleView article={article} related={[]} />
    </>
  );
}
