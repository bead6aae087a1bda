"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { changeRoleAction, resetPasswordAction, setActiveAction } from "@/app/(admin)/admin/users/actions";

const hours = (n: number) => (n === 1 ? "1 hour" : `${n} hours`);

type Props = { userId: string; name: string; role: string; active: boolean; isSelf: boolean };

export function AccountControls({ userId, name, role, active, isSelf }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (call: () => Promise<{ ok: boolean; message?: string; data?: unknown } | null>, success?: (data: unknown) => string) => {
    setMessage(null);
    const result = await call().catch(() => null);
    if (!result?.ok) return setMessage(result?.message ?? "Could not reach the server.");
    if (success) setMessage(success(result.data));
    router.refresh();
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role of {name}
      </label>
      <select
        id={`role-${userId}`}
        defaultValue={role}
        onChange={(e) => void run(() => changeRoleAction({ userId, role: e.target.value }))}
        className="rounded border border-zinc-400 px-2 py-0.5 text-sm"
      >
        <option value="contributor">Contributor</option>
        <option value="editor">Editor</option>
        <option value="admin">Admin</option>
      </select>
      {!isSelf ? (
        <button
          type="button"
          onClick={() => void run(() => setActiveAction({ userId, active: !active }))}
          className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold"
        >
          {active ? `Deactivate ${name}` : `Reactivate ${name}`}
        </button>
      ) : null}
      <button
        type="button"
        onClick={() =>
          void run(
            () => resetPasswordAction({ userId }),
            (data) => {
              const { link, linkHours } = data as { link: string; linkHours: number };
              return `Reset link (shown once, works once within ${hours(linkHours)}): ${window.location.origin}${link}`;
            },
          )
        }
        className="rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold"
      >
        Reset password
      </button>
      {message ? (
        <p role="status" className="basis-full break-all text-xs">
          {message}
        </p>
      ) : null}
    </div>
  );
}
