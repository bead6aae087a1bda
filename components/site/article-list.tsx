import Link from "next/link";
import type { ArticleSummary } from "@/lib/articles/dto";
import { sectionPath } from "@/lib/articles/dto";
import { Bylines } from "./bylines";
import { HeroPicture } from "./hero-picture";
import { Timestamp } from "./timestamp";

/** A river of stories, newest first: the body of the tag, section and author pages. */
export function ArticleList({ items, showSection = true }: { items: ArticleSummary[]; showSection?: boolean }) {
  return (
    <StoryList>
      {items.map((article) => (
        <li key={article.id} className="py-6 first:pt-0">
          <ArticleRow article={article} showSection={showSection} />
        </li>
      ))}
    </StoryList>
  );
}

export function StoryList({ children }: { children: React.ReactNode }) {
  return <ol className="flex flex-col divide-y divide-zinc-200">{children}</ol>;
}

/** One story in a river. `title` and `summary` replace the plain title and dek (search shows highlighted ones). */
export function ArticleRow({
  article,
  title,
  summary,
  showSection = true,
}: {
  article: ArticleSummary;
  title?: React.ReactNode;
  summary?: React.ReactNode;
  showSection?: boolean;
}) {
  return (
    <article className="grid gap-4 sm:grid-cols-[12rem_1fr]">
      {article.heroImage ? (
        <Link href={article.url} tabIndex={-1} aria-hidden="true" className="hidden sm:block">
          <HeroPicture image={article.heroImage} layout="row" alt="" className="aspect-video w-full rounded object-cover" />
        </Link>
      ) : (
        <span aria-hidden="true" className="hidden sm:block" />
      )}
      <div className="flex flex-col gap-2">
        {showSection && article.section ? (
          <p className="text-xs font-semibold uppercase tracking-widest">
            <Link href={sectionPath(article.section.slug)} className="text-marquee-700 hover:underline">
              {article.section.name}
            </Link>
          </p>
        ) : null}
        <h3 className="text-xl font-bold leading-snug tracking-tight">
          <Link href={article.url} className="hover:underline">
            {title ?? article.title}
          </Link>
        </h3>
        {summary ?? (article.dek ? <p className="text-zinc-700">{article.dek}</p> : null)}
        <p className="text-xs text-zinc-600">
          <Bylines bylines={article.bylines} />
          {article.bylines.length ? " · " : null}
          <Timestamp iso={article.publishedAt} short />
        </p>
      </div>
    </article>
  );
}
