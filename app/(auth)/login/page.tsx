import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/admin/login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default function LoginPage() {
  return (
    <main className="flex min-h-screen items-center justify-center bg-zinc-50 px-4">
      <div className="w-full max-w-sm rounded-lg border border-zinc-200 bg-white p-8 shadow-sm">
        <Link href="/" className="text-xl font-black uppercase tracking-tight text-marquee-600">
          Marquee
        </Link>
        <h1 className="mb-6 mt-4 text-2xl font-bold">Sign in to the newsroom</h1>
        <LoginForm />
      </div>
    </main>
  );
}
