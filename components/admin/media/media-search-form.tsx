/** Searches the library by alt text, caption, credit, file name, uploader or date (a GET form: the URL holds the search). */
export function MediaSearchForm({ q }: { q: string }) {
  return (
    <form role="search" action="/admin/media" className="flex flex-wrap items-end gap-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="media-q" className="text-sm font-semibold">
          Search images
        </label>
        <input
          id="media-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          placeholder="Alt text, caption, credit, file name, uploader or 2026-12-03"
          className="w-96 max-w-full rounded border border-zinc-400 bg-white px-3 py-2 text-sm"
        />
      </div>
      <button type="submit" className="rounded border border-zinc-400 bg-white px-3 py-2 text-sm font-semibold">
        Search
      </button>
    </form>
  );
}
