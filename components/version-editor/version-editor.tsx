"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useMediaQuery } from "@/components/hydration";
import { lazyClient } from "@/components/lazy-client";
import { useTranslations } from "next-intl";
import { FormProvider, useForm, useFormContext } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Skeleton } from "@/components/ui/skeleton";
import type { VersionForm } from "@/lib/version/schema";
import { cn } from "@/lib/utils";
import { ContainerList } from "./container-list";
import { DraftNotice, OtherDraftsNotice, SetAsideNotice } from "./draft-notice";
import { EditorToolbar } from "./editor-toolbar";
import { focusFirstInvalid } from "./focus-first-invalid";
import { lazyResolver, warmResolver } from "./lazy-resolver";
import { PreviewBoundary } from "./preview-boundary";
import { replaceValues } from "./replace-values";
import { SubmitBar } from "./submit-bar";
import { useDraft } from "./use-draft";
import { useLeaveGuard } from "./use-leave-guard";
import { leaveMessage } from "@/lib/version/leave-message";
import {
  useSubmission,
  type CreateVersionAction,
  type ValidateVersionAction,
} from "./use-submission";
import { VersionFields, type AppChoice } from "./version-fields";
import { useDraftAddress } from "@/components/library/draft-address";
import {
  EditorLibraryProvider,
  useEditorLibrary,
  type EditorLibraryActions,
} from "@/components/library/editor-library-context";
import { LibraryToolbar } from "@/components/library/library-toolbar";
import { ServerRestoreNotice } from "@/components/library/server-draft-notices";
import { useServerDraft } from "@/components/library/use-server-draft";

export type { CreateVersionAction, ValidateVersionAction };

// Not needed for first paint, so not in the editor's first-load JavaScript: the review (with the
// diff library) loads when first opened, a submit's outcome when there is one, and the preview
// (builder, snippets, code views) right after the form is interactive, behind a placeholder of the
// same heading. On narrow screens the preview is behind the "Preview" toggle anyway.
const ReviewDialog = lazyClient(() => import("./review-dialog").then((m) => m.ReviewDialog));
const DraftConflictDialog = lazyClient(() =>
  import("@/components/library/draft-conflict-dialog").then((m) => m.DraftConflictDialog),
);
const SubmitOutcome = lazyClient(() => import("./submit-outcome").then((m) => m.SubmitOutcome));
const PreviewPanel = lazyClient(
  () => import("./preview-panel").then((m) => m.PreviewPanel),
  PreviewPlaceholder,
);

function PreviewPlaceholder() {
  const t = useTranslations("editor.preview");
  return (
    <section aria-labelledby="preview-heading" aria-busy="true" className="grid gap-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="sr-only">{t("loading")}</p>
      <Skeleton className="h-96" />
    </section>
  );
}

/** Below lg, the form and the preview take turns. */
const EDITOR_VIEWS = ["form", "preview"] as const;

type VersionEditorProps = {
  apps: AppChoice[];
  initialValues: VersionForm;
  /** The version this one starts from, for the review's difference. */
  base?: { versionId: string; values: VersionForm; label: string } | null;
  createAction: CreateVersionAction;
  validateAction: ValidateVersionAction;
  /** The team library's actions (templates, drafts on the server); without them, neither. */
  library?: EditorLibraryActions;
  /** Which copy of this start's draft is edited (0: the draft itself); see My drafts. */
  draftCopy?: number;
};

/** Validation is first needed once someone interacts: start loading it at the first focus or press. */
function useWarmResolverOnFirstInteraction() {
  useEffect(() => {
    const events = ["focusin", "pointerdown", "keydown"] as const;
    const warm = () => {
      for (const type of events) document.removeEventListener(type, warm, true);
      warmResolver();
    };
    for (const type of events) document.addEventListener(type, warm, true);
    return () => {
      for (const type of events) document.removeEventListener(type, warm, true);
    };
  }, []);
}

export function VersionEditor(props: VersionEditorProps) {
  const body = (
    <EditorForm initialValues={props.initialValues}>
      <EditorBody {...props} />
    </EditorForm>
  );
  return props.library ? (
    <EditorLibraryProvider actions={props.library}>{body}</EditorLibraryProvider>
  ) : (
    body
  );
}

/**
 * Owns the form. react-hook-form re-renders the component that calls useForm whenever its own form
 * state changes: right after hydration (`isReady`, synchronously, inside the task that commits the
 * hydration) and around submits. Nothing reads that state here or below (fields use
 * useFormSelector/subscribe), so the re-render stops at this component: `children` is the same
 * element, and FormProvider's value stays the same object because the context keeps the form
 * state object of the first render. Replacing all values therefore goes through replaceValues.
 */
function EditorForm({
  initialValues,
  children,
}: {
  initialValues: VersionForm;
  children: React.ReactNode;
}) {
  const form = useForm<VersionForm>({
    resolver: lazyResolver,
    defaultValues: initialValues,
    mode: "onTouched",
    shouldFocusError: false, // focusFirstInvalid also reaches fields inside cards that open on error
  });
  const [contextFormState] = useState(() => form.formState);
  return (
    <FormProvider {...form} formState={contextFormState}>
      {children}
    </FormProvider>
  );
}

function EditorBody({
  apps,
  initialValues,
  base = null,
  createAction,
  validateAction,
  draftCopy = 0,
}: VersionEditorProps) {
  const form = useFormContext<VersionForm>();
  const formRef = useRef<HTMLFormElement>(null);
  const t = useTranslations("editor");
  const render = useRenderMessage();
  useWarmResolverOnFirstInteraction();
  const [view, setView] = useState<"form" | "preview">("form");
  // Below lg the preview is behind the "Preview" toggle: not built or rendered until asked for.
  const wide = useMediaQuery("(min-width: 64rem)");
  const previewShown = wide || view === "preview";
  const [reviewing, setReviewing] = useState<VersionForm | null>(null);
  const draftBase = useMemo(
    () => (base ? { versionId: base.versionId, label: base.label } : null),
    [base],
  );
  const library = useEditorLibrary();
  const { address, localBase } = useDraftAddress(initialValues.appId, draftBase, draftCopy);
  const draft = useDraft(form, initialValues.appId, localBase, initialValues);
  const serverDraft = useServerDraft(form, library, address, localBase, draft.discardDraft);
  const onCreated = useCallback(() => {
    draft.clearDraft();
    serverDraft.stop(false);
  }, [draft, serverDraft]);
  const onDiscard = () => {
    draft.discardDraft();
    serverDraft.stop(true);
    serverDraft.dismissRestored();
  };
  const { hold } = serverDraft;
  const create = useCallback<CreateVersionAction>(
    async (values) => {
      // No draft save in flight while the create runs (it removes the server's draft).
      const resume = await hold();
      let created = false;
      try {
        const result = await createAction(values, {
          templates: library?.origins() ?? [],
          draftCopy,
        });
        created = result.ok;
        return result;
      } finally {
        resume(created);
      }
    },
    [createAction, library, draftCopy, hold],
  );
  const describeLeave = useCallback(() => render(leaveMessage(form.getValues())), [form, render]);
  useLeaveGuard(draft.hasUnsaved, describeLeave);
  const focusErrors = () => {
    setView("form");
    focusFirstInvalid(formRef.current);
  };
  const submission = useSubmission(
    form,
    { create, validate: validateAction },
    onCreated,
    focusErrors,
  );

  // Memoised: a re-render of this component (its own state: view, review, submission) stops here.
  const sections = useMemo(
    () => (
      <>
        <VersionFields apps={apps} />
        <ContainerList />
      </>
    ),
    [apps],
  );

  const onImport = (values: VersionForm, source: string) => {
    replaceValues(form, values, { keepDefaultValues: true });
    toast.success(t("toolbar.imported", { count: values.containers.length, source }));
  };

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <EditorToolbar
          onImport={onImport}
          onValidate={() => submission.validate(form.getValues())}
          validating={submission.pending === "validate"}
        />
        <LibraryToolbar
          onReplace={(values) => replaceValues(form, values, { keepDefaultValues: true })}
        />
        <div className="flex gap-2 lg:hidden" role="group" aria-label={t("view.label")}>
          {EDITOR_VIEWS.map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className="rounded-md border border-input px-3 py-1 text-sm aria-pressed:bg-primary aria-pressed:text-primary-foreground"
            >
              {t(`view.${v}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="grid gap-2">
        <SetAsideNotice draft={draft.setAside} onDismiss={draft.dismissSetAside} />
        <DraftNotice restored={draft.restored} onDiscard={onDiscard} />
        <ServerRestoreNotice restored={serverDraft.restored} onDiscard={onDiscard} />
        <OtherDraftsNotice appId={initialValues.appId} drafts={draft.others} />
      </div>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form
          ref={formRef}
          noValidate
          aria-label={t("page.formLabel")}
          onSubmit={(e) => form.handleSubmit(setReviewing, focusErrors)(e)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              // The shortcut bypasses the disabled button: while a create runs, it does nothing.
              if (submission.pending === null) formRef.current?.requestSubmit();
            }
          }}
          className={cn(
            "min-w-0 content-start gap-8 [&>*]:min-w-0",
            view === "preview" ? "hidden lg:grid" : "grid",
          )}
        >
          {sections}
          {submission.outcome && <SubmitOutcome result={submission.outcome} />}
          <SubmitBar pending={submission.pending === "create"} />
        </form>
        <aside
          className={cn(
            "min-w-0 lg:sticky lg:top-4 lg:self-start",
            view === "form" && "hidden lg:block",
          )}
        >
          {previewShown ? (
            <PreviewBoundary>
              <PreviewPanel />
            </PreviewBoundary>
          ) : (
            <PreviewPlaceholder />
          )}
        </aside>
      </div>
      {serverDraft.conflict && (
        <DraftConflictDialog
          conflict={serverDraft.conflict}
          onLoadNewer={() => void serverDraft.loadNewer()}
          onKeepMine={() => void serverDraft.keepMine()}
        />
      )}
      {reviewing && (
        <ReviewDialog
          values={reviewing}
          base={base}
          onBack={() => setReviewing(null)}
          onConfirm={(values) => {
            setReviewing(null);
            void submission.create(values);
          }}
        />
      )}
    </>
  );
}
