"use client";
// Bylines: several people, in order. Only editors may change them.
import { useId, useState } from "react";
import type { BylineValue } from "./types";

type Props = { value: BylineValue[]; onChange: (v: BylineValue[]) => void; candidates: BylineValue[]; disabled?: boolean };

export function BylinePicker({ value, onChange, candidates, disabled }: Props) {
  const id = useId();
  const [choice, setChoice] = useState("");
  const available = candidates.filter((c) => !value.some((v) => v.id === c.id));
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="text-sm font-semibold">Bylines</legend>
      {disabled ? <p className="text-xs text-zinc-600">Only editors can change bylines.</p> : null}
      <ol className="flex flex-col gap-1" aria-label="Bylines in order">
        {value.map((b, i) => (
          <li key={b.id} className="flex items-center gap-2 rounded border border-zinc-200 bg-white px-2 py-1 text-sm">
            <span className="flex-1">{b.name}</span>
            <button type="button" aria-label={`Move ${b.name} up`} disabled={i === 0} onClick={() => move(i, i - 1)} className="px-1 disabled:opacity-30">
              ↑
            </button>
            <button
              type="button"
              aria-label={`Move ${b.name} down`}
              disabled={i === value.length - 1}
              onClick={() => move(i, i + 1)}
              className="px-1 disabled:opacity-30"
            >
              ↓
            </button>
            <button type="button" aria-label={`Remove ${b.name}`} onClick={() => onChange(value.filter((v) => v.id !== b.id))} className="px-1">
              ×
            </button>
          </li>
        ))}
      </ol>
      {!disabled ? (
        <div className="flex gap-2">
          <label htmlFor={`${id}-add`} className="sr-only">
            Add a byline
          </label>
          <select
            id={`${id}-add`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            className="flex-1 rounded border border-zinc-400 px-2 py-1 text-sm"
          >
            <option value="">Add a byline…</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!choice}
            onClick={() => {
              const person = candidates.find((c) => c.id === choice);
              if (person) onChange([...value, person]);
              setChoice("");
            }}
            className="rounded bg-zinc-800 px-3 py-1 text-sm text-white disabled:opacity-40"
          >
            Add
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
