// What editors type, made safe for XML 1.0 and JSON feeds. Kept pure.

// Characters XML 1.0 cannot carry even escaped (C0 controls but tab, newline
// and carriage return; DEL; lone surrogates; U+FFFE/U+FFFF). Editors paste
// them from word processors and chat apps; readers would reject the feed.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const stripControl = (text: string) => text.replace(FORBIDDEN, "");

/** An absolute URL on the site for a path, or the URL itself when it already is one. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  return new URL(pathOrUrl, `${siteUrl.replace(/\/+$/, "")}/`).toString();
}

/** The same, or null for an address no URL parser accepts (an editor's image address is only loosely checked). */
export function absoluteUrlOrNull(siteUrl: string, pathOrUrl: string): string | null {
  return URL.canParse(pathOrUrl, `${siteUrl.replace(/\/+$/, "")}/`) ? absoluteUrl(siteUrl, pathOrUrl) : null;
}
