import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AdminNav } from "@/components/admin/admin-nav";

export const metadata: Metadata = { title: { default: "Dashboard", template: "%s | Marquee newsroom" }, robots: { index: false } };

// Chrome only: every page below checks the session and permission itself.
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-zinc-50">
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
          <Link href="/admin" className="font-black uppercase tracking-tight">
            Marquee <span className="font-normal normal-case text-zinc-400">newsroom</span>
          </Link>
          <nav aria-label="Dashboard" className="text-sm">
            <Suspense fallback={null}>
              <AdminNav />
            </Suspense>
          </nav>
          <Link href="/" className="ml-auto text-sm text-zinc-300 hover:underline">
            View site
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
