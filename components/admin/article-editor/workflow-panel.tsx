"use client";
// The status and the workflow buttons the person's role allows now.
import { useState } from "react";
import type { Action, Status } from "@/lib/publishing/status-machine";
import { utcToZonedLocal, zoneLabel, zonedLocalToUtc } from "@/lib/time/zoned";
import { StatusBadge } from "../status-badge";

export const actionLabel: Record<Action, string> = {
  submit: "Submit for review",
  send_back: "Send back",
  publish: "Publish",
  schedule: "Schedule",
  cancel_schedule: "Cancel schedule",
  publish_changes: "Publish changes",
  unpublish: "Unpublish",
  to_draft: "Back to draft",
  schedule_unpublish: "Schedule unpublish",
  cancel_unpublish: "Keep it up",
};

type Extra = { at?: string; unpublishAt?: string | null; note?: string };
type Form = "schedule" | "send_back" | "unpublish" | "schedule_unpublish";
const withForm: readonly Action[] = ["schedule", "send_back", "unpublish", "schedule_unpublish"];

const primary: Action[] = ["publish", "publish_changes", "submit"];

type Props = {
  status: Status;
  actions: Action[];
  timeZone: string;
  publishAt: string | null;
  unpublishAt: string | null;
  publishAtLabel: string | null;
  unpublishAtLabel: string | null;
  reviewNote: string;
  liveUrl: string | null;
  busy: boolean;
  onSaveDraft: () => void;
  canSave: boolean;
  onAction: (action: Action, extra: Extra) => Promise<string | null>;
};

export function WorkflowPanel(props: Props) {
  const { status, actions, timeZone, busy } = props;
  const [open, setOpen] = useState<Form | null>(null);
  const [when, setWhen] = useState("");
  const [until, setUntil] = useState("");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);

  const local = (iso: string | null) => (iso ? utcToZonedLocal(new Date(iso), timeZone) : "");
  const run = async (action: Action, extra: Extra = {}) => {
    setError(null);
    const failure = await props.onAction(action, extra);
    if (failure) setError(failure);
    else setOpen(null);
  };
  const click = (action: Action) => {
    if (!withForm.includes(action)) return void run(action);
    // Rescheduling starts from the times already set.
    setWhen(local(action === "schedule_unpublish" ? props.unpublishAt : props.publishAt));
    setUntil(local(props.unpublishAt));
    setOpen(action as Form);
  };

  return (
    <section aria-labelledby="workflow-heading" className="flex flex-col gap-3 rounded border border-zinc-200 bg-white p-4">
      <h2 id="workflow-heading" className="flex items-center justify-between text-sm font-bold uppercase tracking-wide">
        Status <StatusBadge status={status} />
      </h2>
      {props.publishAtLabel && status === "scheduled" ? <p className="text-sm">Goes live {props.publishAtLabel}</p> : null}
      {props.unpublishAtLabel && (status === "scheduled" || status === "published") ? <p className="text-sm">Comes down {props.unpublishAtLabel}</p> : null}
      {props.liveUrl ? (
        <p className="text-sm">
          Live at{" "}
          <a href={props.liveUrl} className="text-marquee-700 underline" target="_blank" rel="noreferrer">
            {props.liveUrl}
          </a>
        </p>
      ) : null}
      {props.reviewNote && status === "draft" ? (
        <p className="rounded bg-amber-50 p-2 text-sm" role="note">
          <strong>Sent back:</strong> {props.reviewNote}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {props.canSave ? (
          <button type="button" onClick={props.onSaveDraft} disabled={busy} className="rounded border border-zinc-500 px-3 py-1.5 text-sm font-semibold">
            Save draft
          </button>
        ) : null}
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            disabled={busy}
            onClick={() => click(a)}
            className={
              primary.includes(a)
                ? "rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-marquee-700 disabled:opacity-50"
                : "rounded border border-zinc-500 px-3 py-1.5 text-sm font-semibold disabled:opacity-50"
            }
          >
            {a === "schedule" && status === "scheduled" ? "Reschedule" : actionLabel[a]}
          </button>
        ))}
      </div>
      {open === "schedule" ? (
        <form
          className="flex flex-col gap-2 border-t border-zinc-200 pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            const at = zonedLocalToUtc(when, timeZone);
            if (!at) return setError("Choose a date and time.");
            const down = until ? zonedLocalToUtc(until, timeZone) : null;
            if (until && !down) return setError("Choose a valid time to take it down, or leave it empty.");
            void run("schedule", { at: at.toISOString(), unpublishAt: down ? down.toISOString() : null });
          }}
        >
          <WhenField id="publish-at" label={`Publish at (${zoneLabel(timeZone)} time)`} required value={when} onChange={setWhen} />
          <WhenField id="schedule-unpublish-at" label="Take down at" optional value={until} onChange={setUntil} />
          <FormButtons confirm="Confirm schedule" busy={busy} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
      {open === "schedule_unpublish" ? (
        <form
          className="flex flex-col gap-2 border-t border-zinc-200 pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            const at = zonedLocalToUtc(when, timeZone);
            if (!at) return setError("Choose a date and time.");
            void run("schedule_unpublish", { at: at.toISOString() });
          }}
        >
          <WhenField id="unpublish-at" label={`Take down at (${zoneLabel(timeZone)} time)`} required value={when} onChange={setWhen} />
          <FormButtons confirm="Confirm unpublish time" busy={busy} onCancel={() => setOpen(null)} />
        </form>
      ) : null}
      {open === "send_back" ? (
        <form
          className="flex flex-col gap-2 border-t border-zinc-200 pt-3"
          onSubmit={(e) => {
            e.preventDefault();
            void run("send_back", { note });
          }}
        >
          <label htmlFor="review-note" className="text-sm font-semibold">
            Note for the writer
          </label>
          <textarea
            id="review-note"
            required
            rows={3}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            className="rounded border border-zinc-400 px-2 py-1 text-sm"
          />
          <div className="flex gap-2">
            <button type="submit" disabled={busy} className="rounded bg-zinc-800 px-3 py-1.5 text-sm font-semibold text-white">
              Send back to the writer
            </button>
            <button type="button" onClick={() => setOpen(null)} className="px-3 py-1.5 text-sm">
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {open === "unpublish" ? (
        <div className="flex flex-col gap-2 border-t border-zinc-200 pt-3" role="alertdialog" aria-labelledby="unpublish-q">
          <p id="unpublish-q" className="text-sm">
            Take this story off the site now? Readers will get a “not found” page.
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={busy}
              onClick={() => void run("unpublish")}
              className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white"
            >
              Unpublish now
            </button>
            <button type="button" onClick={() => setOpen(null)} className="px-3 py-1.5 text-sm">
              Keep it live
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-marquee-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}

/** Confirm and Cancel under one of the panel's small forms. */
function FormButtons({ confirm, busy, onCancel }: { confirm: string; busy: boolean; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <button type="submit" disabled={busy} className="rounded bg-marquee-600 px-3 py-1.5 text-sm font-semibold text-white">
        {confirm}
      </button>
      <button type="button" onClick={onCancel} className="px-3 py-1.5 text-sm">
        Cancel
      </button>
    </div>
  );
}

/** A wall-clock date and time in the newsroom's zone. */
function WhenField(props: { id: string; label: string; value: string; onChange: (v: string) => void; required?: boolean; optional?: boolean }) {
  return (
    <>
      <label htmlFor={props.id} className="text-sm font-semibold">
        {props.label}
        {props.optional ? <span className="font-normal"> (optional)</span> : null}
      </label>
      <input
        id={props.id}
        type="datetime-local"
        required={props.required}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        className="rounded border border-zinc-400 px-2 py-1"
      />
    </>
  );
}
