"use client";
// The sections page's controls: add a section, rename or describe one, move
// it up or down the navigation, delete an empty one. The server actions check
// the session and permission themselves.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createSectionAction, deleteSectionAction, reorderSectionsAction, updateSectionAction } from "@/app/(admin)/admin/sections/actions";

type Section = { id: string; slug: string; name: string; description: string; version: number; storyCount: number };
type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]> } | null;

const control = "rounded border border-zinc-400 px-2 py-1 text-sm";
const button = "rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold disabled:opacity-50";

function useRun() {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const run = async (call: () => Promise<Result>, done: string) => {
    setMessage(null);
    const result = await call().catch(() => null);
    if (!result?.ok) {
      const fields = Object.entries(result?.fieldErrors ?? {}).map(([k, v]) => `${k} ${v.join(", ")}.`);
      setMessage([result?.message ?? "Could not reach the server.", ...fields].join(" "));
      return false;
    }
    setMessage(done);
    router.refresh();
    return true;
  };
  const status = message ? (
    <p role="status" className="text-xs">
      {message}
    </p>
  ) : null;
  return { run, status };
}

export function NewSectionForm() {
  const { run, status } = useRun();
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { name, description } = Object.fromEntries(new FormData(form)) as Record<string, string>;
    if (await run(() => createSectionAction({ name, description }), `Added “${name}”.`)) form.reset();
  }
  return (
    <section aria-labelledby="new-section" className="flex flex-col gap-3 rounded border border-zinc-200 bg-white p-4">
      <h2 id="new-section" className="font-bold">
        Add a section
      </h2>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <label htmlFor="new-section-name" className="flex flex-col gap-1 text-sm font-semibold">
          Name
          <input id="new-section-name" name="name" required maxLength={80} className={control} />
        </label>
        <label htmlFor="new-section-description" className="flex flex-col gap-1 text-sm font-semibold">
          Description
          <input id="new-section-description" name="description" maxLength={1000} className={control} />
        </label>
        <button type="submit" className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
          Add section
        </button>
      </form>
      {status}
    </section>
  );
}

export function SectionControls({ section, order, index }: { section: Section; order: string[]; index: number }) {
  const { run, status } = useRun();
  const field = (name: string) => `section-${name}-${section.id}`;
  const move = (by: number) => {
    const next = [...order];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    return run(() => reorderSectionsAction({ ids: next }), `Moved “${section.name}” ${by < 0 ? "up" : "down"}.`);
  };
  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { name, description } = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    await run(() => updateSectionAction({ id: section.id, version: section.version, name, description }), `Saved “${name}”.`);
  }
  return (
    <div className="flex flex-col gap-2">
      <h2 className="font-bold">
        {section.name}{" "}
        <span className="text-xs font-normal text-zinc-600">
          /sections/{section.slug} · {section.storyCount === 1 ? "1 story" : `${section.storyCount} stories`}
        </span>
      </h2>
      <form onSubmit={onSave} className="flex flex-wrap items-end gap-3">
        <label htmlFor={field("name")} className="flex flex-col gap-1 text-xs font-semibold">
          Name of {section.name}
          <input id={field("name")} name="name" required maxLength={80} defaultValue={section.name} className={control} />
        </label>
        <label htmlFor={field("description")} className="flex flex-col gap-1 text-xs font-semibold">
          Description of {section.name}
          <input id={field("description")} name="description" maxLength={1000} defaultValue={section.description} className={control} />
        </label>
        <button type="submit" className={button}>
          Save {section.name}
        </button>
      </form>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={index === 0} onClick={() => void move(-1)} className={button}>
          Move {section.name} up
        </button>
        <button type="button" disabled={index === order.length - 1} onClick={() => void move(1)} className={button}>
          Move {section.name} down
        </button>
        <button
          type="button"
          disabled={section.storyCount > 0}
          onClick={() => void run(() => deleteSectionAction({ id: section.id }), `Deleted “${section.name}”.`)}
          className={button}
        >
          Delete {section.name}
        </button>
      </div>
      {section.storyCount > 0 ? <p className="text-xs text-zinc-600">Only an empty section can be deleted.</p> : null}
      {status}
    </div>
  );
}
