import { describe, expect, it } from "vitest";
import type { PublicArticle } from "@/lib/articles/dto";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "./structured-data";

const article: PublicArticle = {
  id: "a1",
  slug: "harrow-bay",
  title: "Harrow Bay </script><script>alert(1)</script>",
  dek: "The dek",
  url: "/articles/harrow-bay",
  publishedAt: "2026-11-20T14:00:00.000Z",
  updatedAt: "2026-11-21T09:30:00.000Z",
  section: { slug: "tv", name: "TV" },
  heroImage: { url: "/images/demo/coastal-dusk.svg", alt: "Coast", credit: "Marquee" },
  tags: [{ slug: "salt-and-ember", name: "Salt & Ember", kind: "show" }],
  bylines: [{ id: "u1", name: "Jonah Pell", slug: "jonah-pell" }],
  bodyHtml: "<p>Body</p>",
  correctionNote: "",
  seoTitle: "",
  seoDescription: "",
};

describe("structured data", () => {
  it("describes a NewsArticle with dates, authors, image and publisher", () => {
    const data = newsArticleJsonLd(article, "https://news.example");
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      datePublished: "2026-11-20T14:00:00.000Z",
      dateModified: "2026-11-21T09:30:00.000Z",
      image: ["https://news.example/images/demo/coastal-dusk.svg"],
      author: [{ "@type": "Person", name: "Jonah Pell", url: "https://news.example/authors/jonah-pell" }],
      publisher: { "@type": "NewsMediaOrganization", name: "Marquee" },
    });
  });

  it("gives a library hero as an ImageObject with its size and credit", () => {
    const fallback = { url: "/media/m/ab12/1600.jpg", width: 1600, height: 1000, type: "image/jpeg", bytes: 120_000 };
    const heroImage = {
      url: fallback.url,
      alt: "Coast",
      credit: "Photo: Ada Reyes",
      media: { id: "m1", width: 3000, height: 1875, focal: { x: 0.3, y: 0.4 }, fallback, variants: [] },
    };
    expect(newsArticleJsonLd({ ...article, heroImage }, "https://news.example").image).toEqual([
      { "@type": "ImageObject", url: "https://news.example/media/m/ab12/1600.jpg", width: 1600, height: 1000, creditText: "Photo: Ada Reyes" },
    ]);
  });

  it("lists the breadcrumb trail home, section, article", () => {
    const trail = breadcrumbJsonLd(article, "https://news.example").itemListElement as { position: number; item: string }[];
    expect(trail.map((t) => t.item)).toEqual(["https://news.example/", "https://news.example/sections/tv", "https://news.example/articles/harrow-bay"]);
  });

  it("cannot be broken out of by a headline with a closing script tag", () => {
    const json = serializeJsonLd(newsArticleJsonLd(article, "https://news.example"));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json).headline).toBe(article.title);
  });
});
