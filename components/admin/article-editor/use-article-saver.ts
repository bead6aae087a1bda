"use client";
// Saving the working copy from the editor: autosave 1.5 s after the last
// change, retry with backoff while offline, stop on a conflict and let the
// person choose. Nothing typed is dropped: a save that fails leaves the
// page's content as it was, still marked unsaved.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveArticleAction } from "@/app/(admin)/admin/articles/actions";
import type { Conflict, Draft, SaveState } from "./types";

const AUTOSAVE_DELAY_MS = 1500;
const MAX_RETRY_MS = 15_000;

export function toPayload(draft: Draft, canChangeBylines: boolean) {
  return {
    ...draft.fields,
    slug: draft.slugTouched ? draft.fields.slug : undefined,
    tagIds: draft.tags.map((t) => t.id),
    bylineIds: canChangeBylines ? draft.bylines.map((b) => b.id) : undefined,
  };
}

export function useArticleSaver(options: {
  id: string;
  initialVersion: number;
  draft: Draft;
  canChangeBylines: boolean;
  enabled: boolean;
  onSaved: (result: { slug: string; version: number }) => void;
  onConflict: () => void;
}) {
  const { id, draft, canChangeBylines, enabled, onSaved, onConflict } = options;
  const [version, setVersion] = useState(options.initialVersion);
  const [state, setState] = useState<SaveState>("saved");
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [savedPayload, setSavedPayload] = useState(() => JSON.stringify(toPayload(draft, canChangeBylines)));
  const inFlight = useRef<Promise<boolean> | null>(null);
  const retryDelay = useRef(1000);
  const versionRef = useRef(options.initialVersion);

  const payload = JSON.stringify(toPayload(draft, canChangeBylines));
  const dirty = payload !== savedPayload;

  const save = useCallback(
    async (kind: "save" | "autosave", baseVersion?: number): Promise<boolean> => {
      if (inFlight.current) await inFlight.current;
      const sending = payload;
      const run = (async () => {
        setState("saving");
        try {
          const result = await saveArticleAction({ id, version: baseVersion ?? versionRef.current, kind, fields: JSON.parse(sending) });
          if (result.ok) {
            setSavedPayload(sending);
            retryDelay.current = 1000;
            setVersion(result.data.version);
            versionRef.current = result.data.version;
            setFieldErrors({});
            setMessage(null);
            setConflict(null);
            setState("saved");
            onSaved(result.data);
            return true;
          }
          if (result.code === "conflict") {
            setConflict({ currentVersion: Number(result.details?.currentVersion), current: (result.details?.current as Record<string, unknown>) ?? null });
            setState("conflict");
            onConflict();
          } else {
            setFieldErrors(result.fieldErrors ?? {});
            setState("error");
          }
          setMessage(result.message);
          return false;
        } catch {
          // The request never got an answer: keep everything and try again.
          setState("offline");
          setMessage(null);
          return false;
        }
      })();
      inFlight.current = run;
      try {
        return await run;
      } finally {
        inFlight.current = null;
      }
    },
    [id, payload, onSaved, onConflict],
  );

  // Autosave after a pause in typing.
  useEffect(() => {
    if (!enabled || !dirty || state === "conflict" || state === "saving") return;
    if (state === "offline") {
      const timer = setTimeout(() => void save("autosave"), retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
      return () => clearTimeout(timer);
    }
    const timer = setTimeout(() => void save("autosave"), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [enabled, dirty, payload, state, save]);

  // Ask before leaving with unsaved changes: closing the tab, or following a link.
  useEffect(() => {
    const unsaved = dirty || state === "saving" || state === "offline";
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (link && !window.confirm("You have unsaved changes. Leave this page anyway?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty, state]);

  /** After a workflow action changed the version on the server. */
  const adoptVersion = useCallback((next: number) => {
    setVersion(next);
    versionRef.current = next;
  }, []);

  /** The person chose to keep their text: save it over the newer version. */
  const keepMine = useCallback(() => conflict && save("save", conflict.currentVersion), [conflict, save]);

  /** The person chose the other version: it becomes the saved baseline. */
  const acceptTheirs = useCallback(
    (theirs: Draft) => {
      if (!conflict) return;
      setSavedPayload(JSON.stringify(toPayload(theirs, canChangeBylines)));
      adoptVersion(conflict.currentVersion);
      setConflict(null);
      setMessage(null);
      setState("saved");
    },
    [conflict, canChangeBylines, adoptVersion],
  );

  // "Saved" only while nothing has changed since.
  const shownState: SaveState = state === "saved" && dirty ? "dirty" : state;
  return { version, state: shownState, message, fieldErrors, conflict, dirty, save, adoptVersion, keepMine, acceptTheirs };
}
