"use client";

import Link from "next/link";
import { useState } from "react";
import { setPasswordAction } from "@/app/(auth)/account/password/[token]/actions";

export function SetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (done) {
    return (
      <p role="status">
        Your password is set.{" "}
        <Link href="/login" className="font-semibold text-marquee-700 underline">
          Sign in
        </Link>
      </p>
    );
  }
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        if (data.get("password") !== data.get("confirm")) return setError("The two passwords differ.");
        const result = await setPasswordAction({ token, password: String(data.get("password")) }).catch(() => null);
        if (result?.ok) setDone(true);
        else
          setError(
            result ? [result.message, ...Object.values(("fieldErrors" in result && result.fieldErrors) || {}).flat()].join(" ") : "Could not reach the server.",
          );
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-semibold">
          New password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={12}
          required
          className="rounded border border-zinc-400 px-3 py-2"
          aria-describedby="pw-hint"
        />
        <p id="pw-hint" className="text-xs text-zinc-600">
          At least 12 characters.
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="confirm" className="text-sm font-semibold">
          Repeat it
        </label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className="rounded border border-zinc-400 px-3 py-2" />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className="rounded bg-marquee-600 px-4 py-2 font-semibold text-white">
        Set password
      </button>
    </form>
  );
}
