"use client";
// The article editor: fields, body, autosave, workflow and conflicts.
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { loadArticleAction, transitionArticleAction } from "@/app/(admin)/admin/articles/actions";
import { RichTextEditor } from "@/components/admin/editor/rich-text-editor";
import type { EditorArticle } from "@/lib/articles/editor-queries";
import { articleFieldLabels as labels } from "@/lib/articles/shape";
import { splitBodyErrors } from "@/lib/content/image-messages";
import type { Action } from "@/lib/publishing/status-machine";
import { BylinePicker } from "./byline-picker";
import { ConflictPanel } from "./conflict-panel";
import { SelectField, TextArea, TextField } from "./field";
import { HeroImageField } from "./hero-image-field";
import { type ShareLink, SharePanel } from "./share-panel";
import { SaveIndicator } from "./save-indicator";
import { TagPicker } from "./tag-picker";
import type { BylineValue, Draft, EditorFields } from "./types";
import { useArticleSaver } from "./use-article-saver";
import { WorkflowPanel } from "./workflow-panel";

/** The form's plain text fields (everything but the body, the section and the lists). */
type TextFieldKey = "title" | "dek" | "slug" | "heroImageUrl" | "heroImageAlt" | "heroImageCredit" | "seoTitle" | "seoDescription" | "correctionNote";

type Props = {
  article: EditorArticle;
  sections: { id: string; name: string }[];
  people: BylineValue[];
  timeZone: string;
  publishAtLabel: string | null;
  unpublishAtLabel: string | null;
  shareLinks: ShareLink[];
  canShare: boolean;
};

const toDraft = (a: EditorArticle): Draft => ({ fields: a.fields, tags: a.tags, bylines: a.bylines, slugTouched: false });

export function ArticleEditor({ article: initial, sections, people, timeZone, publishAtLabel, unpublishAtLabel, shareLinks, canShare }: Props) {
  const router = useRouter();
  // Workflow state (status, allowed actions) as last read from the server.
  const [article, setArticle] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [theirs, setTheirs] = useState<EditorArticle | null>(null);
  const [busy, setBusy] = useState(false);
  // Field errors of the last refused workflow action (publish refused for a missing alt text, say).
  const [actionErrors, setActionErrors] = useState<Record<string, string[]>>({});
  const canEdit = article.canEdit;
  const onConflict = useCallback(() => {
    void loadArticleAction({ id: initial.id }).then((r) => r.ok && setTheirs(r.data));
  }, [initial.id]);
  const onSaved = useCallback(
    ({ slug }: { slug: string }) => setDraft((d) => (d.slugTouched || d.fields.slug === slug ? d : { ...d, fields: { ...d.fields, slug } })),
    [],
  );
  const saver = useArticleSaver({
    id: article.id,
    initialVersion: article.version,
    draft,
    canChangeBylines: article.canChangeBylines,
    enabled: canEdit,
    onSaved,
    onConflict,
  });

  const set = <K extends keyof EditorFields>(key: K, value: EditorFields[K]) =>
    setDraft((d) => ({ ...d, fields: { ...d.fields, [key]: value }, slugTouched: d.slugTouched || key === "slug" }));
  const errors = { ...actionErrors, ...saver.fieldErrors };
  const bodyErrors = splitBodyErrors(errors.body);
  /** What every text field of the form takes from the article's shape: its label, value, change and errors. */
  const textField = (key: TextFieldKey) => ({
    label: labels[key],
    value: draft.fields[key],
    onChange: (value: string) => set(key, value),
    errors: errors[key],
  });

  const onAction = async (action: Action, extra: { at?: string; unpublishAt?: string | null; note?: string }): Promise<string | null> => {
    setBusy(true);
    try {
      if (saver.dirty && canEdit && !(await saver.save("save"))) return "Save your changes first.";
      const result = await transitionArticleAction({ id: article.id, version: saver.version, action, ...extra });
      setActionErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) return result.message;
      saver.adoptVersion(result.data.version);
      const fresh = await loadArticleAction({ id: article.id });
      if (fresh.ok) setArticle(fresh.data);
      router.refresh();
      return null;
    } catch {
      return "Could not reach the server. Nothing was changed; try again.";
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-zinc-600">{canEdit ? "Changes save automatically." : "This article is with the editors and cannot be changed now."}</p>
        <SaveIndicator state={saver.state} />
      </div>
      {saver.message && saver.state !== "conflict" ? (
        <p role="alert" className="rounded bg-marquee-50 px-3 py-2 text-sm text-marquee-900">
          {saver.message}
        </p>
      ) : null}
      {saver.conflict ? (
        <ConflictPanel
          mine={draft}
          theirs={theirs}
          sections={sections}
          onKeepMine={() => {
            setTheirs(null);
            void saver.keepMine();
          }}
          onTakeTheirs={() => {
            if (!theirs) return;
            const next = toDraft(theirs);
            setDraft(next);
            setArticle(theirs);
            saver.acceptTheirs(next);
            setTheirs(null);
          }}
        />
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex flex-col gap-5">
          <TextField id="title" {...textField("title")} large disabled={!canEdit} />
          <TextArea id="dek" {...textField("dek")} rows={2} disabled={!canEdit} />
          <div className="flex flex-col gap-1">
            <span id="body-label" className="text-sm font-semibold">
              {labels.body}
            </span>
            <RichTextEditor
              id="body"
              labelId="body-label"
              value={draft.fields.body}
              onChange={(doc) => set("body", doc)}
              disabled={!canEdit}
              imageErrors={bodyErrors.images}
            />
            {bodyErrors.other.length ? <p className="text-xs text-marquee-700">{bodyErrors.other.join(" ")}</p> : null}
          </div>
        </div>
        <aside className="flex flex-col gap-5">
          <WorkflowPanel
            status={article.status}
            actions={article.actions}
            timeZone={timeZone}
            publishAt={article.publishAt}
            unpublishAt={article.unpublishAt}
            publishAtLabel={publishAtLabel}
            unpublishAtLabel={unpublishAtLabel}
            reviewNote={article.reviewNote}
            liveUrl={article.liveUrl}
            busy={busy || saver.state === "saving"}
            canSave={canEdit}
            onSaveDraft={() => void saver.save("save")}
            onAction={onAction}
          />
          <SharePanel articleId={article.id} links={shareLinks} canShare={canShare} />
          <TextField id="slug" {...textField("slug")} hint={`/articles/${draft.fields.slug}`} disabled={!canEdit} />
          <SelectField
            id="section"
            label={labels.sectionId}
            value={draft.fields.sectionId ?? ""}
            onChange={(v) => set("sectionId", v || null)}
            options={[{ value: "", label: "No section" }, ...sections.map((s) => ({ value: s.id, label: s.name }))]}
            disabled={!canEdit}
          />
          <TagPicker value={draft.tags} onChange={(tags) => setDraft((d) => ({ ...d, tags }))} disabled={!canEdit} />
          <BylinePicker
            value={draft.bylines}
            onChange={(bylines) => setDraft((d) => ({ ...d, bylines }))}
            candidates={people}
            disabled={!canEdit || !article.canChangeBylines}
          />
          <HeroImageField
            mediaId={draft.fields.heroMediaId}
            alt={draft.fields.heroImageAlt}
            credit={draft.fields.heroImageCredit}
            onPick={(media) =>
              setDraft((d) => ({ ...d, fields: { ...d.fields, heroMediaId: media?.id ?? null, heroImageUrl: media ? "" : d.fields.heroImageUrl } }))
            }
            onAltChange={(value) => set("heroImageAlt", value)}
            onCreditChange={(value) => set("heroImageCredit", value)}
            errors={{ media: errors.heroMediaId, alt: errors.heroImageAlt, credit: errors.heroImageCredit }}
            disabled={!canEdit}
          />
          {/* An address from before the library, until the story's hero is replaced (the server imports it). */}
          {draft.fields.heroImageUrl && !draft.fields.heroMediaId ? <TextField id="hero-url" {...textField("heroImageUrl")} disabled={!canEdit} /> : null}
          <fieldset className="flex flex-col gap-3" disabled={!canEdit}>
            <legend className="text-sm font-bold uppercase tracking-wide">Search and sharing</legend>
            <TextField id="seo-title" {...textField("seoTitle")} />
            <TextArea id="seo-description" {...textField("seoDescription")} rows={2} />
          </fieldset>
          <TextArea id="correction" {...textField("correctionNote")} rows={2} hint="Shown under the story when present." disabled={!canEdit} />
        </aside>
      </div>
    </div>
  );
}
