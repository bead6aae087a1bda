import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountControls } from "@/components/admin/people/account-controls";
import { CreateAccountForm } from "@/components/admin/people/create-account-form";
import { Timestamp } from "@/components/site/timestamp";
import { requirePageActor } from "@/lib/auth/session";
import { listAccounts } from "@/lib/users/queries";

export const metadata: Metadata = { title: "People" };

export default function PeoplePage() {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading people…</p>}>
      <People />
    </Suspense>
  );
}

async function People() {
  const actor = await requirePageActor("user:manage", "/admin/users");
  const accounts = await listAccounts();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">People</h1>
      <CreateAccountForm />
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Accounts</caption>
          <thead className="bg-zinc-100 text-xs uppercase tracking-wide">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Email
              </th>
              <th scope="col" className="px-3 py-2">
                State
              </th>
              <th scope="col" className="px-3 py-2">
                Last sign-in
              </th>
              <th scope="col" className="px-3 py-2">
                Role and access
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.id} className="border-t border-zinc-100 align-top">
                <td className="px-3 py-2 font-medium">{a.name}</td>
                <td className="px-3 py-2">{a.email}</td>
                <td className="px-3 py-2">{a.active ? "Active" : "Deactivated"}</td>
                <td className="px-3 py-2">{a.lastLoginAt ? <Timestamp iso={a.lastLoginAt} short /> : "Never"}</td>
                <td className="px-3 py-2">
                  <AccountControls userId={a.id} name={a.name} role={a.role} active={a.active} isSelf={a.id === actor.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
