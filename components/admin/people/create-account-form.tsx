"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { createAccountAction } from "@/app/(admin)/admin/users/actions";

const control = "rounded border border-zinc-400 px-2 py-1 text-sm";

export function CreateAccountForm() {
  const router = useRouter();
  const [result, setResult] = useState<{ email: string; password: string | null; link: string | null; linkHours: number | null } | null>(null);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> } | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    setError(null);
    const response = await createAccountAction(data).catch(() => null);
    if (!response?.ok) return setError({ message: response?.message ?? "Could not reach the server.", fields: response?.fieldErrors });
    setResult({
      email: String(data.email),
      password: response.data.oneTimePassword,
      link: response.data.link ? `${window.location.origin}${response.data.link}` : null,
      linkHours: response.data.linkHours,
    });
    form.reset();
    router.refresh();
  }

  return (
    <section aria-labelledby="new-account" className="flex flex-col gap-3 rounded border border-zinc-200 bg-white p-4">
      <h2 id="new-account" className="font-bold">
        Add a person
      </h2>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="acc-name" className="text-sm font-semibold">
            Name
          </label>
          <input id="acc-name" name="name" required className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="acc-email" className="text-sm font-semibold">
            Email
          </label>
          <input id="acc-email" name="email" type="email" required className={control} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="acc-role" className="text-sm font-semibold">
            Role
          </label>
          <select id="acc-role" name="role" defaultValue="contributor" className={control}>
            <option value="contributor">Contributor</option>
            <option value="editor">Editor</option>
            <option value="admin">Admin</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="acc-method" className="text-sm font-semibold">
            Access
          </label>
          <select id="acc-method" name="method" defaultValue="invite" className={control}>
            <option value="invite">Invite link</option>
            <option value="password">One-time password</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
          Add person
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error.message}{" "}
          {Object.entries(error.fields ?? {})
            .map(([k, v]) => `${k} ${v.join(", ")}.`)
            .join(" ")}
        </p>
      ) : null}
      {result ? (
        <div role="status" className="rounded bg-emerald-50 p-3 text-sm">
          <p>
            Account for <strong>{result.email}</strong> created. Give them this {result.link ? "link" : "password"}; it is shown only now.
            {result.linkHours ? ` The link works once, within ${result.linkHours} hours.` : null}
          </p>
          <p className="mt-1 break-all font-mono">{result.link ?? result.password}</p>
        </div>
      ) : null}
    </section>
  );
}
