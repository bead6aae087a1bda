// HTML -> element tree, with htmlparser2. Builds the DOM like parseDocument,
// but refuses the body (bodyRefused) as soon as elements nest past
// BODY_LIMITS, before the nesting can cost time or stack. Turning the tree
// into a document is from-html.ts.
import { DomHandler, DomUtils, Parser, type parseDocument } from "htmlparser2";
import { BODY_LIMITS, ELEMENTS_TOO_DEEP, TOO_DEEP } from "./document";
import { bodyRefused } from "./limits";

export type HtmlNode = ReturnType<typeof parseDocument>["children"][number];
export type HtmlElement = Extract<HtmlNode, { name: string; attribs: Record<string, string> }>;

/** Elements that hold blocks: their nesting counts against BODY_LIMITS.depth. */
const BLOCK_NESTING = new Set(["ul", "ol", "blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Builds the DOM like parseDocument, refusing the body as soon as elements
 * nest past the limits. htmlparser2 keeps its open elements in an array it
 * grows at the front, so unbounded nesting (<b> x 200,000) would also be
 * quadratic to parse, not only too deep to walk.
 */
class BoundedHandler extends DomHandler {
  private blockDepth = 0;

  override onopentag(name: string, attribs: Record<string, string>) {
    // tagStack holds the document root and every open element.
    if (this.tagStack.length > BODY_LIMITS.elementDepth) throw bodyRefused(ELEMENTS_TOO_DEEP);
    if (BLOCK_NESTING.has(name)) {
      if (this.blockDepth >= BODY_LIMITS.depth) throw bodyRefused(TOO_DEEP);
      this.blockDepth++;
    }
    super.onopentag(name, attribs);
  }

  override onclosetag() {
    const closing = this.tagStack.at(-1);
    super.onclosetag();
    if (closing && DomUtils.isTag(closing) && BLOCK_NESTING.has(closing.name)) this.blockDepth--;
  }
}

/** The parsed tree's root; throws bodyRefused past the nesting limits. */
export function parseHtml(html: string) {
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}
