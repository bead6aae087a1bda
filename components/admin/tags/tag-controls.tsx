"use client";
// One tag's changes on the tags page: edit its fields, merge it into another,
// delete it (naming how many stories lose it first). The server actions check
// the session and permission themselves.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteTagAction, mergeTagAction, updateTagAction } from "@/app/(admin)/admin/tags/actions";
import { tagKind, tagKindLabel } from "@/lib/tags/kinds";

type Tag = { id: string; slug: string; name: string; kind: string; description: string; imageMediaId: string | null; version: number; storyCount: number };
type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> } | null;

const control = "rounded border border-zinc-400 px-2 py-1 text-sm";
const button = "rounded border border-zinc-500 px-2 py-0.5 text-xs font-semibold";
const stories = (n: number) => (n === 1 ? "1 story" : `${n} stories`);

function failure(result: Result): string {
  const fields = Object.entries(result?.fieldErrors ?? {}).map(([k, v]) => `${k} ${v.join(", ")}.`);
  return [result?.message ?? "Could not reach the server.", ...fields].join(" ");
}

export function TagControls({ tag }: { tag: Tag }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<number | null>(null);
  const run = async (call: () => Promise<Result>, done: string) => {
    setMessage(null);
    const result = await call().catch(() => null);
    if (!result?.ok) {
      const count = result?.details?.storyCount;
      if (typeof count === "number") setConfirming(count);
      return setMessage(failure(result));
    }
    setMessage(done);
    router.refresh();
  };
  const field = (name: string) => `tag-${name}-${tag.id}`;

  async function onSave(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const patch = {
      id: tag.id,
      version: tag.version,
      name: data.name,
      slug: data.slug,
      kind: data.kind,
      description: data.description,
      imageMediaId: data.imageMediaId.trim() || null,
    };
    await run(() => updateTagAction(patch), `Saved “${data.name}”.`);
  }

  async function onMerge(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const into = String(new FormData(event.currentTarget).get("into") ?? "");
    await run(() => mergeTagAction({ id: tag.id, into }), `Merged “${tag.name}” into “${into}”.`);
  }

  return (
    <div className="flex flex-col gap-2">
      <details>
        <summary className="cursor-pointer text-xs font-semibold">Edit {tag.name}</summary>
        <form onSubmit={onSave} className="mt-2 grid gap-2 sm:grid-cols-2">
          <label htmlFor={field("name")} className="flex flex-col gap-1 text-xs font-semibold">
            Name
            <input id={field("name")} name="name" required maxLength={80} defaultValue={tag.name} className={control} />
          </label>
          <label htmlFor={field("slug")} className="flex flex-col gap-1 text-xs font-semibold">
            Slug
            <input id={field("slug")} name="slug" required defaultValue={tag.slug} className={control} />
          </label>
          <label htmlFor={field("kind")} className="flex flex-col gap-1 text-xs font-semibold">
            Kind
            <select id={field("kind")} name="kind" defaultValue={tag.kind} className={control}>
              {tagKind.map((k) => (
                <option key={k} value={k}>
                  {tagKindLabel[k]}
                </option>
              ))}
            </select>
          </label>
          <label htmlFor={field("image")} className="flex flex-col gap-1 text-xs font-semibold">
            Image (media library id)
            <input id={field("image")} name="imageMediaId" defaultValue={tag.imageMediaId ?? ""} className={control} />
          </label>
          <label htmlFor={field("description")} className="flex flex-col gap-1 text-xs font-semibold sm:col-span-2">
            Description
            <textarea id={field("description")} name="description" rows={2} maxLength={1000} defaultValue={tag.description} className={control} />
          </label>
          <button type="submit" className={`${button} justify-self-start`}>
            Save {tag.name}
          </button>
        </form>
      </details>
      <form onSubmit={onMerge} className="flex flex-wrap items-center gap-2">
        <label htmlFor={field("into")} className="text-xs font-semibold">
          Merge {tag.name} into
        </label>
        <input id={field("into")} name="into" required placeholder="Name or slug" className={control} />
        <button type="submit" className={button}>
          Merge
        </button>
      </form>
      {confirming !== null ? (
        <p className="flex flex-wrap items-center gap-2 text-xs">
          <button
            type="button"
            onClick={() => void run(() => deleteTagAction({ id: tag.id, confirmStories: confirming }), `Deleted “${tag.name}”.`)}
            className={button}
          >
            Delete from {stories(confirming)}
          </button>
          <button type="button" onClick={() => setConfirming(null)} className={button}>
            Keep {tag.name}
          </button>
        </p>
      ) : (
        <button
          type="button"
          onClick={() => (tag.storyCount > 0 ? setConfirming(tag.storyCount) : void run(() => deleteTagAction({ id: tag.id }), `Deleted “${tag.name}”.`))}
          className={`${button} self-start`}
        >
          Delete {tag.name}
        </button>
      )}
      {confirming !== null ? (
        <p className="text-xs text-marquee-700">
          {stories(confirming)} will lose “{tag.name}”.
        </p>
      ) : null}
      {message ? (
        <p role="status" className="text-xs">
          {message}
        </p>
      ) : null}
    </div>
  );
}
