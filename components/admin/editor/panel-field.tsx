"use client";

import { useId } from "react";

type PanelFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Marks the field invalid and points it at the panel's error message. */
  errorId?: string | null;
  required?: boolean;
  placeholder?: string;
  type?: "text" | "url";
  wide?: boolean;
};

export function PanelField({ label, value, onChange, maxLength, errorId, required, placeholder, type = "text", wide }: PanelFieldProps) {
  const id = useId();
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${wide ? "grow basis-72" : "grow basis-44"}`}>
      <label htmlFor={id} className="text-sm font-semibold text-zinc-800">
        {label}
        {required ? <span className="font-normal text-zinc-500"> (required)</span> : null}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId ?? undefined}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        className="rounded border border-zinc-400 px-3 py-1.5 text-sm aria-invalid:border-marquee-600"
      />
    </div>
  );
}

type UrlPanelFieldProps = Pick<PanelFieldProps, "label" | "value" | "placeholder" | "errorId"> & {
  onChange: (value: string) => void;
  /** Called on every keystroke: typing clears the panel's error. */
  onEdit: () => void;
};

/** A web address filling the panel's width, as long as any link the site keeps (2,048 characters). */
export function UrlPanelField({ label, value, placeholder, errorId, onChange, onEdit }: UrlPanelFieldProps) {
  return (
    <PanelField
      label={label}
      type="url"
      wide
      value={value}
      maxLength={2048}
      placeholder={placeholder}
      errorId={errorId}
      onChange={(next) => {
        onChange(next);
        onEdit();
      }}
    />
  );
}
