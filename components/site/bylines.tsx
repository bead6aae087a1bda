import Link from "next/link";
import { Fragment } from "react";
import { authorPath, type BylineRef } from "@/lib/articles/dto";

/** "By A", "By A and B", "By A, B and C": each name links to the author's page when they have one. */
export function Bylines({ bylines }: { bylines: BylineRef[] }) {
  if (!bylines.length) return null;
  return (
    <span>
      By{" "}
      {bylines.map((b, i) => (
        <Fragment key={b.id}>
          {i === 0 ? null : i === bylines.length - 1 ? " and " : ", "}
          {b.slug ? (
            <Link href={authorPath(b.slug)} className="font-semibold text-zinc-800 underline decoration-zinc-300 underline-offset-2 hover:decoration-current">
              {b.name}
            </Link>
          ) : (
            b.name
          )}
        </Fragment>
      ))}
    </span>
  );
}
