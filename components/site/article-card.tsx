import Link from "next/link";
import { type ArticleSummary, sectionPath } from "@/lib/articles/dto";
import { Bylines } from "./bylines";
import { HeroPicture } from "./hero-picture";
import { Timestamp } from "./timestamp";

export function ArticleCard({ article, lead = false }: { article: ArticleSummary; lead?: boolean }) {
  return (
    <article className={lead ? "grid gap-6 md:grid-cols-5" : "flex flex-col gap-3"}>
      {article.heroImage ? (
        <Link href={article.url} tabIndex={-1} aria-hidden="true" className={lead ? "md:col-span-3" : ""}>
          <HeroPicture image={article.heroImage} layout={lead ? "lead" : "card"} alt="" priority={lead} className="aspect-video w-full rounded object-cover" />
        </Link>
      ) : null}
      <div className={lead ? "flex flex-col justify-center gap-3 md:col-span-2" : "flex flex-col gap-2"}>
        {article.section ? (
          <p className="text-xs font-semibold uppercase tracking-widest">
            <Link href={sectionPath(article.section.slug)} className="text-marquee-700 hover:underline">
              {article.section.name}
            </Link>
          </p>
        ) : null}
        <h3 className={lead ? "text-3xl font-bold leading-tight tracking-tight md:text-4xl" : "text-lg font-semibold leading-snug"}>
          <Link href={article.url} className="hover:underline">
            {article.title}
          </Link>
        </h3>
        {article.dek ? <p className={lead ? "text-lg text-zinc-700" : "text-sm text-zinc-700"}>{article.dek}</p> : null}
        <p className="text-xs text-zinc-600">
          <Bylines bylines={article.bylines} /> · <Timestamp iso={article.publishedAt} short />
        </p>
      </div>
    </article>
  );
}
