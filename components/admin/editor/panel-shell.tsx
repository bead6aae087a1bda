"use client";

import { useEffect, useRef, type ReactNode } from "react";

type PanelShellProps = {
  title: string;
  applyLabel: string;
  error: string | null;
  errorId: string;
  onApply: () => void;
  onCancel: () => void;
  /** A second action, such as "Remove link". */
  remove?: { label: string; onClick: () => void };
  children: ReactNode;
};

// Not a <form>: the body editor sits inside the article's form, and forms
// cannot nest. Enter applies and Escape cancels, as a dialog form would,
// and Enter is stopped from submitting the article form.
export function PanelShell({ title, applyLabel, error, errorId, onApply, onCancel, remove, children }: PanelShellProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    ref.current?.querySelector("input")?.focus();
  }, []);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      onApply();
    }
  }

  return (
    <div ref={ref} role="group" aria-label={title} onKeyDown={onKeyDown} className="flex flex-col gap-3 border-t border-zinc-200 bg-white px-3 py-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</p>
      <div className="flex flex-wrap items-end gap-3">{children}</div>
      {error ? (
        <p id={errorId} role="alert" className="rounded bg-marquee-50 px-3 py-2 text-sm text-marquee-900">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onApply} className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-marquee-700">
          {applyLabel}
        </button>
        {remove ? (
          <button
            type="button"
            onClick={remove.onClick}
            className="rounded border border-zinc-300 px-3 py-1.5 text-sm font-semibold text-zinc-700 hover:bg-zinc-100"
          >
            {remove.label}
          </button>
        ) : null}
        <button type="button" onClick={onCancel} className="rounded px-3 py-1.5 text-sm text-zinc-600 hover:bg-zinc-100">
          Cancel
        </button>
      </div>
    </div>
  );
}
