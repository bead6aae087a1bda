// Site feeds built with the `feed` library from cached article summaries.
import { Feed } from "feed";
import type { ArticleSummary } from "@/lib/articles/dto";

export type FeedChannel = { title: string; description: string; path: string; selfPath: string };

// XML 1.0 forbids most control characters; editors paste them from anywhere.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const clean = (text: string) => text.replace(CONTROL, "");

export function buildRss(siteUrl: string, channel: FeedChannel, articles: ArticleSummary[]): string {
  const updated = articles[0] ? new Date(articles[0].updatedAt) : new Date(0);
  const feed = new Feed({
    id: `${siteUrl}${channel.path}`,
    title: clean(channel.title),
    description: clean(channel.description),
    link: `${siteUrl}${channel.path}`,
    language: "en",
    updated,
    generator: "Marquee",
    copyright: `© ${updated.getUTCFullYear()} Marquee`,
    feedLinks: { rss: `${siteUrl}${channel.selfPath}` },
  });
  for (const article of articles) {
    const link = `${siteUrl}${article.url}`;
    feed.addItem({
      title: clean(article.title),
      id: link,
      guid: `${siteUrl}/articles/id/${article.id}`,
      link,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      description: clean(article.dek),
      author: article.bylines.map((b) => ({ name: clean(b.name) })),
      category: article.tags.map((t) => ({ name: clean(t.name), domain: `${siteUrl}/tags/${t.slug}` })),
    });
  }
  return feed.rss2();
}
