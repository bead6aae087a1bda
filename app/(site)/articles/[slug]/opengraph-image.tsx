// GET /articles/:slug/opengraph-image - the share image (1200x630 JPEG): the library hero cropped at its focal point, else a card with headline, section and byline on the Marquee red
import { ImageResponse } from "next/og";
import { getArticlePage } from "@/lib/articles/cached";
import { isValidSlug } from "@/lib/articles/slug";
import { shareCardResponse, shareImageResponse } from "@/lib/seo/share-image";

export const size = { width: 1200, height: 630 };
export const contentType = "image/jpeg";
export const alt = "Marquee";

export default async function OpengraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const page = isValidSlug(slug) ? await getArticlePage(slug) : null;
  const article = page && "article" in page ? page.article : null;
  const hero = article?.heroImage?.media;
  const photo = hero ? await shareImageResponse(hero, slug) : null;
  if (photo) return photo;
  const headline = article?.title ?? "Marquee: entertainment news";
  const card = new ImageResponse(
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: 64,
        background: "#111113",
        color: "white",
      }}
    >
      <div style={{ display: "flex", fontSize: 36, fontWeight: 800, letterSpacing: 2, color: "#ff4d67" }}>
        MARQUEE{article?.section ? `  ·  ${article.section.name.toUpperCase()}` : ""}
      </div>
      <div style={{ display: "flex", fontSize: headline.length > 90 ? 52 : 64, fontWeight: 800, lineHeight: 1.1 }}>{headline}</div>
      <div style={{ display: "flex", fontSize: 28, color: "#d4d4d8" }}>{article ? article.bylines.map((b) => b.name).join(", ") : ""}</div>
    </div>,
    size,
  );
  return shareCardResponse(card, slug);
}
