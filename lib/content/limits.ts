// The refusal for a body past BODY_LIMITS: a 422 with a field error on
// "body" that says which limit it passed. Nothing is ever cut to fit.
import { AppError } from "@/lib/errors";
import { type ArticleDocument, documentSizeProblem } from "./document";

export const bodyRefused = (problem: string) => new AppError("invalid", `The body ${problem}.`, { fields: { body: [problem] } });

/** Returns the document, or throws bodyRefused when it is larger than an article body may be. */
export function withinBodyLimits(doc: ArticleDocument): ArticleDocument {
  const problem = documentSizeProblem(doc);
  if (problem) throw bodyRefused(problem);
  return doc;
}
