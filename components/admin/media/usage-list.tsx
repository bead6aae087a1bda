import Link from "next/link";

type Story = { id: string; title: string; live: boolean };

/** The stories showing an item, each linked to its editor. */
export function UsageList({ stories, id }: { stories: Story[]; id?: string }) {
  if (!stories.length) return <p className="text-sm text-zinc-600">Not used in any story.</p>;
  return (
    <ul id={id} className="flex list-disc flex-col gap-1 pl-5 text-sm">
      {stories.map((s) => (
        <li key={s.id}>
          <Link href={`/admin/articles/${s.id}`} className="text-marquee-700 underline">
            {s.title}
          </Link>
          {s.live ? <span className="ml-1 text-xs text-zinc-600">(live)</span> : null}
        </li>
      ))}
    </ul>
  );
}

export const storiesLabel = (n: number) => (n === 0 ? "Not used yet" : n === 1 ? "Used in 1 story" : `Used in ${n} stories`);
