"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/login");
        router.refresh();
      }}
      className="rounded border border-zinc-500 px-3 py-1 text-sm hover:bg-zinc-100"
    >
      Sign out
    </button>
  );
}
