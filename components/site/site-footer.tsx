import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 bg-zinc-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-zinc-600">
        <p>Marquee: TV, film, music and celebrity news.</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/feed.xml" className="hover:underline">
              RSS feed
            </Link>
          </li>
          <li>
            <Link href="/admin" className="hover:underline">
              Newsroom sign-in
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
