"use client";
// Tags: type-ahead over existing tags, or create a new one with its kind.
import { useEffect, useId, useState } from "react";
import { createTagAction, searchTagsAction } from "@/app/(admin)/admin/articles/actions";
import { type TagKind, tagKind, tagKindLabel } from "@/lib/tags/kinds";
import type { TagValue } from "./types";

export function TagPicker({ value, onChange, disabled }: { value: TagValue[]; onChange: (tags: TagValue[]) => void; disabled?: boolean }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<TagValue[]>([]);
  const [active, setActive] = useState(0);
  const [newKind, setNewKind] = useState<TagKind>("topic");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const timer = setTimeout(async () => {
      const result = await searchTagsAction({ q }).catch(() => null);
      if (result?.ok) setOptions(result.data.filter((t) => !value.some((v) => v.id === t.id)));
    }, 150);
    return () => clearTimeout(timer);
  }, [query, value]);

  const exact = options.some((o) => o.name.toLowerCase() === query.trim().toLowerCase());
  const canCreate = query.trim().length > 0 && !exact;
  const add = (tag: TagValue) => {
    if (!value.some((v) => v.id === tag.id)) onChange([...value, tag]);
    setQuery("");
    setOptions([]);
    setActive(0);
  };
  const create = async () => {
    setError(null);
    const result = await createTagAction({ name: query.trim(), kind: newKind }).catch(() => null);
    if (result?.ok) add(result.data);
    else setError(result?.message ?? "Could not reach the server. Try again.");
  };
  const open = query.trim().length > 0;

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-input`} className="text-sm font-semibold">
        Tags
      </label>
      {value.length ? (
        <ul className="flex flex-wrap gap-2" aria-label="Selected tags">
          {value.map((t) => (
            <li key={t.id} className="flex items-center gap-1 rounded-full bg-zinc-200 py-0.5 pl-3 pr-1 text-sm">
              <span>{t.name}</span>
              <span className="text-xs text-zinc-600">({tagKindLabel[t.kind as TagKind] ?? t.kind})</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((v) => v.id !== t.id))}
                aria-label={`Remove tag ${t.name}`}
                className="rounded-full px-1.5 text-zinc-700 hover:bg-zinc-300"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${id}-opt-${active}` : undefined}
        disabled={disabled}
        value={query}
        placeholder="Search or create a tag"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          if (!e.target.value.trim()) setOptions([]);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter") {
            e.preventDefault();
            if (options[active]) add(options[active]);
            else if (canCreate) void create();
          } else if (e.key === "Escape") setQuery("");
        }}
        className="w-full rounded border border-zinc-400 px-3 py-2 text-sm"
      />
      {open ? (
        <div className="rounded border border-zinc-300 bg-white shadow-sm">
          <ul id={`${id}-list`} role="listbox" aria-label="Matching tags" className="max-h-56 overflow-auto">
            {options.map((o, i) => (
              <li
                key={o.id}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(o);
                }}
                className={`cursor-pointer px-3 py-1.5 text-sm ${i === active ? "bg-zinc-100" : ""}`}
              >
                {o.name} <span className="text-xs text-zinc-600">{tagKindLabel[o.kind as TagKind] ?? o.kind}</span>
              </li>
            ))}
          </ul>
          {canCreate ? (
            <div className="flex flex-wrap items-center gap-2 border-t border-zinc-200 p-2 text-sm">
              <label htmlFor={`${id}-kind`}>New tag kind</label>
              <select
                id={`${id}-kind`}
                value={newKind}
                onChange={(e) => setNewKind(e.target.value as TagKind)}
                className="rounded border border-zinc-400 px-2 py-1"
              >
                {tagKind.map((k) => (
                  <option key={k} value={k}>
                    {tagKindLabel[k]}
                  </option>
                ))}
              </select>
              <button type="button" onClick={() => void create()} className="rounded bg-zinc-800 px-2 py-1 text-white">
                Create “{query.trim()}”
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {error ? <p className="text-xs text-marquee-700">{error}</p> : null}
    </div>
  );
}
