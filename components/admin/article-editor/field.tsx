// Labelled form fields with their errors announced to screen readers.
type Common = { id: string; label: string; errors?: string[]; hint?: string; disabled?: boolean };

function Messages({ id, errors, hint }: { id: string; errors?: string[]; hint?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-xs font-medium text-marquee-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, errors?: string[], hint?: string) =>
  [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

const inputClass =
  "w-full rounded border border-zinc-400 bg-white px-3 py-2 text-sm disabled:bg-zinc-100 disabled:text-zinc-600 aria-invalid:border-marquee-600";

export function TextField({
  id,
  label,
  errors,
  hint,
  disabled,
  value,
  onChange,
  large = false,
  type = "text",
}: Common & { value: string; onChange: (v: string) => void; large?: boolean; type?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={large ? `${inputClass} text-2xl font-bold` : inputClass}
      />
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function TextArea({
  id,
  label,
  errors,
  hint,
  disabled,
  value,
  onChange,
  rows = 3,
}: Common & { value: string; onChange: (v: string) => void; rows?: number }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={inputClass}
      />
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  id,
  label,
  errors,
  disabled,
  value,
  onChange,
  options,
}: Common & { value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} errors={errors} />
    </div>
  );
}
