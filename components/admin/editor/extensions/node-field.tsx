// A small labelled input used inside node views (image, pull quote, answer).
// tabIndex -1: Tab should leave the editor, not hop into a block far below
// the caret; keyboard users edit these through the toolbar's forms instead.
type NodeFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  maxLength: number;
  placeholder?: string;
  invalid?: boolean;
  className?: string;
};

export function NodeField({ label, value, onChange, readOnly, maxLength, placeholder, invalid, className = "" }: NodeFieldProps) {
  return (
    <label className="flex min-w-0 flex-col gap-0.5 text-xs font-semibold text-zinc-600">
      {label}
      <input
        type="text"
        tabIndex={-1}
        value={value}
        readOnly={readOnly}
        maxLength={maxLength}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
        className={`rounded border bg-white px-2 py-1 text-sm font-normal text-zinc-900 ${invalid ? "border-marquee-600" : "border-zinc-300"} ${className}`}
      />
    </label>
  );
}
