import Form from "next/form";

/** A GET form to /search (client-side navigation once hydrated, a plain form before). */
export function SearchForm({
  id,
  landmark,
  label,
  defaultValue = "",
  compact = false,
}: {
  id: string;
  /** The search landmark's name; distinct per form, as the search page shows two. */
  landmark: string;
  label: string;
  defaultValue?: string;
  compact?: boolean;
}) {
  return (
    <Form action="/search" role="search" aria-label={landmark} className="flex items-stretch gap-2">
      <label htmlFor={id} className={compact ? "sr-only" : "sr-only sm:not-sr-only sm:self-center sm:text-sm sm:font-semibold"}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={compact ? "Search stories" : "Shows, films, people…"}
        className={`min-w-0 rounded border border-zinc-400 px-3 py-1.5 text-sm text-ink placeholder:text-zinc-500 ${compact ? "w-40 md:w-48" : "w-full max-w-md text-base"}`}
      />
      <button type="submit" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-zinc-800">
        Search
      </button>
    </Form>
  );
}
