import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-24 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-zinc-700">This story may have moved or been taken down.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-marquee-700 hover:underline">
          Go to the front page
        </Link>
      </p>
    </section>
  );
}
