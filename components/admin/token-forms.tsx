"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/(admin)/admin/tokens/actions";

const control = "rounded border border-zinc-400 px-2 py-1 text-sm";

export function CreateTokenForm({ people }: { people: { id: string; name: string }[] }) {
  const router = useRouter();
  const [token, setToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="new-token" className="flex flex-col gap-3 rounded border border-zinc-200 bg-white p-4">
      <h2 id="new-token" className="font-bold">
        New token
      </h2>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const data = Object.fromEntries(new FormData(form));
          setError(null);
          const result = await createTokenAction({ ...data, expiresInDays: data.expiresInDays ? Number(data.expiresInDays) : null }).catch(() => null);
          if (!result?.ok) return setError(result?.message ?? "Could not reach the server.");
          setToken(result.data.token);
          form.reset();
          router.refresh();
        }}
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="tok-name" className="text-sm font-semibold">
            Name
          </label>
          <input id="tok-name" name="name" required placeholder="Wire importer" className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tok-user" className="text-sm font-semibold">
            Acts as
          </label>
          <select id="tok-user" name="userId" required className={control}>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="tok-exp" className="text-sm font-semibold">
            Expires after
          </label>
          <select id="tok-exp" name="expiresInDays" defaultValue="90" className={control}>
            <option value="30">30 days</option>
            <option value="90">90 days</option>
            <option value="365">1 year</option>
            <option value="">Never</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
          Create token
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error}
        </p>
      ) : null}
      {token ? (
        <div role="status" className="rounded bg-emerald-50 p-3 text-sm">
          <p>
            Copy the token now; it is not shown again. Send it as <code>Authorization: Bearer …</code>.
          </p>
          <p className="mt-1 break-all font-mono">{token}</p>
        </div>
      ) : null}
    </section>
  );
}

export function RevokeTokenButton({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const result = await revokeTokenAction({ id }).catch(() => null);
          if (result?.ok) router.refresh();
          else setError(result?.message ?? "Could not reach the server.");
        }}
        className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold"
      >
        Revoke {name}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-xs text-marquee-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
