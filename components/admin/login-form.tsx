"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { safeReturnPath } from "@/lib/safe-redirect";

const messages: Record<string, string> = {
  rate_limited: "Too many attempts from here. Wait a few minutes and try again, or sign in from another network.",
  CredentialsSignin: "That email and password do not match an active account.",
};

export function LoginForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // Read at submit time, not during render: the page then stays fully static.
      router.replace(safeReturnPath(new URLSearchParams(window.location.search).get("callbackUrl")));
      router.refresh();
      return;
    }
    setError(messages[result?.error ?? ""] ?? messages.CredentialsSignin);
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="rounded border border-zinc-400 px-3 py-2" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-semibold">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="rounded border border-zinc-400 px-3 py-2" />
      </div>
      {error ? (
        <p role="alert" className="rounded bg-marquee-50 px-3 py-2 text-sm text-marquee-900">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-marquee-600 px-4 py-2 font-semibold text-white hover:bg-marquee-700 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
