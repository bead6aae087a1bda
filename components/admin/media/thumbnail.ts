// Which file of a media item to show at a given width in the dashboard: the
// smallest WebP (else JPEG, else any) variant at least that wide, the
// largest one when none is, and the original until variants exist.
type Variant = { width: number; format: string; url: string };

const preference = ["webp", "jpeg", "png", "avif"];

export function pickVariantUrl(item: { url: string; variants: readonly Variant[] }, width: number): string {
  const format = preference.find((f) => item.variants.some((v) => v.format === f));
  const candidates = item.variants.filter((v) => v.format === format).sort((a, b) => a.width - b.width);
  return (candidates.find((v) => v.width >= width) ?? candidates.at(-1))?.url ?? item.url;
}
