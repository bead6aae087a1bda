"use client";
// What a reader or an editor sees when a page fails to render: a plain
// sentence, a retry button and, when the server produced one, the reference
// (error.digest) that finds the error in the server log. The error's own
// message and stack are never shown: in production they can carry internals.
import Link from "next/link";

type ErrorPanelProps = {
  /** The value the error boundary caught (an Error from a Server Component carries a digest). */
  error: unknown;
  retry: () => void;
  title: string;
  explanation: string;
  /** Where to go instead, e.g. the front page or the dashboard. */
  away: { href: string; label: string };
};

export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  const digest = (error as { digest?: unknown }).digest;
  return typeof digest === "string" && digest ? digest : undefined;
}

export function ErrorPanel({ error, retry, title, explanation, away }: ErrorPanelProps) {
  const digest = errorDigest(error);
  return (
    <section className="py-24 text-center" aria-labelledby="error-title">
      <h1 id="error-title" className="text-3xl font-bold">
        {title}
      </h1>
      <p className="mt-3 text-zinc-700">{explanation}</p>
      <p className="mt-6 flex flex-wrap items-center justify-center gap-6">
        <button type="button" onClick={() => retry()} className="rounded bg-marquee-600 px-4 py-2 font-semibold text-white hover:bg-marquee-700">
          Try again
        </button>
        <Link href={away.href} className="font-semibold text-marquee-700 hover:underline">
          {away.label}
        </Link>
      </p>
      {digest ? (
        <p className="mt-8 text-sm text-zinc-600">
          If this keeps happening, quote this reference: <code className="font-mono">{digest}</code>
        </p>
      ) : null}
    </section>
  );
}
