import type { Metadata } from "next";
import { Suspense } from "react";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { isPasswordTokenUsable } from "@/lib/users/commands";

export const metadata: Metadata = { title: "Choose a password", robots: { index: false }, referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

export default function SetPasswordPage({ params }: Props) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4">
      <div className="w-full max-w-sm rounded-lg border border-zinc-200 bg-white p-8 shadow-sm">
        <h1 className="mb-6 text-2xl font-bold">Choose a password</h1>
        <Suspense fallback={<p>Checking the link…</p>}>
          <Body params={params} />
        </Suspense>
      </div>
    </main>
  );
}

async function Body({ params }: Props) {
  const { token } = await params;
  if (!(await isPasswordTokenUsable({ token }))) {
    return <p role="alert">This link has expired or was already used. Ask an admin for a new one.</p>;
  }
  return <SetPasswordForm token={token} />;
}
