"use client";
// Shown when a save was refused because someone else saved first: what
// differs, and three ways out. Nothing on the page is lost meanwhile.
import { useState } from "react";
import type { EditorArticle } from "@/lib/articles/editor-queries";
import { type ArticleField, articleFieldLabels, articleFields } from "@/lib/articles/shape";
import { renderPlainText } from "@/lib/content/render";
import type { Draft } from "./types";

type Row = { label: string; theirs: string; mine: string };
type Side = Pick<Draft, "fields" | "tags" | "bylines">;
type SectionNames = { id: string; name: string }[];

/** A field as text to compare and show: the body as plain text, the section, tags and bylines by name, a library image by its id. */
function shown(side: Side, field: ArticleField, sections: SectionNames): string {
  switch (field) {
    case "body":
      return renderPlainText(side.fields.body);
    case "sectionId":
      return sections.find((s) => s.id === side.fields.sectionId)?.name ?? "";
    case "tagIds":
      return side.tags.map((t) => t.name).join(", ");
    case "bylineIds":
      return side.bylines.map((b) => b.name).join(", ");
    case "heroMediaId":
      // Which image, by the start of its id: enough to see that the two differ.
      return side.fields.heroMediaId ? `Library image ${side.fields.heroMediaId.slice(0, 8)}` : "";
    default:
      return side.fields[field] ?? "";
  }
}

/** Every editable field (lib/articles/shape.ts) on which the two versions differ. */
function differences(mine: Draft, theirs: EditorArticle, sections: SectionNames): Row[] {
  return articleFields
    .map((field) => ({ label: articleFieldLabels[field], theirs: shown(theirs, field, sections), mine: shown(mine, field, sections) }))
    .filter((r) => r.theirs !== r.mine);
}

type Props = { mine: Draft; theirs: EditorArticle | null; sections: SectionNames; onKeepMine: () => void; onTakeTheirs: () => void };

export function ConflictPanel({ mine, theirs, sections, onKeepMine, onTakeTheirs }: Props) {
  const [copied, setCopied] = useState(false);
  const rows = theirs ? differences(mine, theirs, sections) : [];
  const copy = async () => {
    await navigator.clipboard.writeText([mine.fields.title, mine.fields.dek, renderPlainText(mine.fields.body)].join("\n\n"));
    setCopied(true);
  };
  return (
    <section role="alertdialog" aria-labelledby="conflict-heading" className="rounded border-2 border-marquee-600 bg-marquee-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-bold">
        Someone else saved this article while you were editing
      </h2>
      <p className="mt-1 text-sm">Your changes are still here and have not been saved. Choose what to keep.</p>
      {rows.length ? (
        <table className="mt-3 w-full table-fixed border-collapse bg-white text-sm">
          <caption className="sr-only">Fields that differ</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="w-32 border border-zinc-300 p-2">
                Field
              </th>
              <th scope="col" className="border border-zinc-300 p-2">
                Their version
              </th>
              <th scope="col" className="border border-zinc-300 p-2">
                Your version
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="align-top">
                <th scope="row" className="border border-zinc-300 p-2 text-left">
                  {r.label}
                </th>
                <td className="whitespace-pre-wrap border border-zinc-300 bg-rose-50 p-2">{r.theirs || "—"}</td>
                <td className="whitespace-pre-wrap border border-zinc-300 bg-emerald-50 p-2">{r.mine || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-3 text-sm">{theirs ? "Their save changed the workflow state only." : "Loading their version…"}</p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs} disabled={!theirs} className="rounded border border-zinc-600 bg-white px-3 py-1.5 text-sm font-semibold">
          Take theirs
        </button>
        <button type="button" onClick={() => void copy()} className="rounded border border-zinc-600 bg-white px-3 py-1.5 text-sm font-semibold">
          {copied ? "Copied" : "Copy my text"}
        </button>
      </div>
    </section>
  );
}
