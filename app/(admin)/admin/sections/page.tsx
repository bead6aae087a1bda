import type { Metadata } from "next";
import { Suspense } from "react";
import { NewSectionForm, SectionControls } from "@/components/admin/sections/section-controls";
import { requirePageActor } from "@/lib/auth/session";
import { listSectionsForAdmin } from "@/lib/sections/queries";

export const metadata: Metadata = { title: "Sections" };

export default function SectionsPage() {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading sections…</p>}>
      <Sections />
    </Suspense>
  );
}

async function Sections() {
  await requirePageActor("section:manage", "/admin/sections");
  const sections = await listSectionsForAdmin();
  const order = sections.map((s) => s.id);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">Sections</h1>
      <p className="text-sm text-zinc-700">The site navigation and the home page show the sections in this order.</p>
      <NewSectionForm />
      <ol className="flex flex-col gap-3" aria-label="Sections in navigation order">
        {sections.map((s, i) => (
          <li key={s.id} className="rounded border border-zinc-200 bg-white p-4">
            <SectionControls section={s} order={order} index={i} />
          </li>
        ))}
      </ol>
    </div>
  );
}
