import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ArticleEditor } from "@/components/admin/article-editor/article-editor";
import { getArticleForEditor } from "@/lib/articles/editor-queries";
import { can, mayChangeBylines } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listPreviewLinks } from "@/lib/articles/preview";
import { getEnv } from "@/lib/env";
import { formatNewsroomDate } from "@/lib/format";
import { listSectionOptions } from "@/lib/tags/queries";
import { listBylineCandidates } from "@/lib/users/queries";
import { isUuid } from "@/lib/params";

export const metadata: Metadata = { title: "Edit article" };

type Props = { params: Promise<{ id: string }> };

export default function EditArticlePage({ params }: Props) {
  return (
    <Suspense fallback={<p className="text-zinc-600">Opening the article…</p>}>
      <Editor params={params} />
    </Suspense>
  );
}

async function Editor({ params }: Props) {
  const { id } = await params;
  const actor = await requirePageActor("dashboard:view", `/admin/articles/${id}`);
  if (!isUuid(id)) notFound();
  // Only those who may change bylines get the list of staff to pick from.
  const [article, sections, people] = await Promise.all([
    getArticleForEditor({ actor, id }),
    listSectionOptions(),
    mayChangeBylines(actor) ? listBylineCandidates() : [],
  ]);
  if (!article) notFound();
  const canShare = can(actor.role, "preview:share");
  const shareLinks = canShare ? await listPreviewLinks({ articleId: id }) : [];
  const { NEWSROOM_TIMEZONE } = getEnv();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/admin" className="text-marquee-700 underline underline-offset-2">
            Articles
          </Link>{" "}
          / <span aria-current="page">{article.fields.title}</span>
        </nav>
        <Link href={`/admin/articles/${article.id}/history`} className="text-sm font-semibold text-marquee-700 hover:underline">
          History
        </Link>
      </div>
      <h1 className="sr-only">Edit “{article.fields.title}”</h1>
      <ArticleEditor
        key={article.id}
        article={article}
        sections={sections}
        people={people.map((p) => ({ id: p.id, name: p.name }))}
        timeZone={NEWSROOM_TIMEZONE}
        publishAtLabel={article.publishAt ? formatNewsroomDate(article.publishAt, NEWSROOM_TIMEZONE) : null}
        unpublishAtLabel={article.unpublishAt ? formatNewsroomDate(article.unpublishAt, NEWSROOM_TIMEZONE) : null}
        shareLinks={shareLinks}
        canShare={canShare}
      />
    </div>
  );
}
