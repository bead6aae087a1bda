import type { Metadata } from "next";
import { Suspense } from "react";
import { CreateTokenForm, RevokeTokenButton } from "@/components/admin/token-forms";
import { Timestamp } from "@/components/site/timestamp";
import { requirePageActor } from "@/lib/auth/session";
import { listApiTokens } from "@/lib/auth/tokens";
import { listBylineCandidates } from "@/lib/users/queries";

export const metadata: Metadata = { title: "API tokens" };

export default function TokensPage() {
  return (
    <Suspense fallback={<p className="text-zinc-600">Loading tokens…</p>}>
      <Tokens />
    </Suspense>
  );
}

async function Tokens() {
  await requirePageActor("token:manage", "/admin/tokens");
  const [tokens, people] = await Promise.all([listApiTokens(), listBylineCandidates()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">API tokens</h1>
      <p className="max-w-2xl text-sm text-zinc-700">
        Scripts and wire importers call the Admin API (<code>/api/admin</code>, described at{" "}
        <a href="/api/admin/openapi.json" className="text-marquee-700 underline">
          /api/admin/openapi.json
        </a>
        ) with a token. A token acts with the role of the person it belongs to.
      </p>
      <CreateTokenForm people={people.map((p) => ({ id: p.id, name: p.name }))} />
      <div className="overflow-x-auto rounded border border-zinc-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Tokens</caption>
          <thead className="bg-zinc-100 text-xs uppercase tracking-wide">
            <tr>
              <th scope="col" className="px-3 py-2">
                Name
              </th>
              <th scope="col" className="px-3 py-2">
                Token
              </th>
              <th scope="col" className="px-3 py-2">
                Acts as
              </th>
              <th scope="col" className="px-3 py-2">
                Last used
              </th>
              <th scope="col" className="px-3 py-2">
                State
              </th>
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => {
              const state = t.state === "revoked" ? "Revoked" : t.state === "expired" ? "Expired" : t.expiresAt ? "Active until" : "Active";
              return (
                <tr key={t.id} className="border-t border-zinc-100">
                  <td className="px-3 py-2 font-medium">{t.name}</td>
                  <td className="px-3 py-2 font-mono text-xs">{t.prefix}…</td>
                  <td className="px-3 py-2">{t.userName}</td>
                  <td className="px-3 py-2">{t.lastUsedAt ? <Timestamp iso={t.lastUsedAt.toISOString()} short /> : "Never"}</td>
                  <td className="px-3 py-2">
                    {state} {state === "Active until" && t.expiresAt ? <Timestamp iso={t.expiresAt.toISOString()} short /> : null}
                  </td>
                  <td className="px-3 py-2">{t.state === "active" ? <RevokeTokenButton id={t.id} name={t.name} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {tokens.length === 0 ? <p className="p-4 text-sm text-zinc-600">No tokens yet.</p> : null}
      </div>
    </div>
  );
}
