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

type Controlled = Common & { value: string; onChange: (v: string) => void };

/** The label, the control and its messages. */
function FieldShell({ id, label, errors, hint, children }: Common & { children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      {children}
      <Messages id={id} errors={errors} hint={hint} />
    </div>
  );
}

/** What every control of these fields carries: value, change, state for assistive technology. */
function controlProps({ id, errors, hint, disabled, value, onChange }: Controlled) {
  return {
    id,
    value,
    disabled,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": describedBy(id, errors, hint),
  };
}

export function TextField({ large = false, type = "text", ...props }: Controlled & { large?: boolean; type?: string }) {
  return (
    <FieldShell {...props}>
      <input type={type} {...controlProps(props)} className={large ? `${inputClass} text-2xl font-bold` : inputClass} />
    </FieldShell>
  );
}

export function TextArea({ rows = 3, ...props }: Controlled & { rows?: number }) {
  return (
    <FieldShell {...props}>
      <textarea rows={rows} {...controlProps(props)} className={inputClass} />
    </FieldShell>
  );
}

export function SelectField({ options, ...props }: Controlled & { options: { value: string; label: string }[] }) {
  return (
    <FieldShell {...props} hint={undefined}>
      <select {...controlProps({ ...props, hint: undefined })} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
