"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { toast } from "@/components/ui/toast";

import type { DraftAddress, ServerDraftView } from "@/lib/library/draft-types";
import type { DraftBase } from "@/lib/version/draft-reader";
import type { VersionForm } from "@/lib/version/schema";

import { writeDraft } from "@/components/version-editor/draft-storage";
import { replaceValues } from "@/components/version-editor/replace-values";

import type { EditorLibrary } from "./editor-library-context";
import { serialRunner, type SerialRunner } from "./serial-runner";
import { decideOnOpen, peekLocalDraft, readSyncMark, writeSyncMark } from "./server-draft-sync";

// Keeps the editor's draft on the server as well as in the browser (components/version-editor/
// use-draft.ts still saves locally on every pause and works offline). Each save names the
// revision it started from; a newer one on the server stops the saving and offers both.

const SAVE_DELAY_MS = 1000;

export type ServerRestore = { savedAt: string };
export type DraftConflict = { current: ServerDraftView };

export function useServerDraft(
  form: UseFormReturn<VersionForm>,
  library: EditorLibrary | null,
  address: DraftAddress,
  /** The base use-draft stores the local draft under (a copy has its own). */
  localBase: DraftBase,
  /** Forgets the local draft and resets the form (use-draft's discard). */
  discardLocal: () => void,
) {
  const t = useTranslations("library.serverDraft");
  const [restored, setRestored] = useState<ServerRestore | null>(null);
  const [conflict, setConflict] = useState<DraftConflict | null>(null);
  const revision = useRef<number | null>(null);
  const paused = useRef(true); // until the server's draft has been read
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dropLocal = useRef(discardLocal);
  useEffect(() => {
    dropLocal.current = discardLocal;
  });
  const { appId } = address;

  const body = useCallback(
    (values: VersionForm, expectedRevision: number | null) => ({
      ...address,
      values,
      expectedRevision,
      templates: library?.origins() ?? [],
    }),
    [address, library],
  );

  const markSynced = useCallback(
    (rev: number) => {
      revision.current = rev;
      writeSyncMark(appId, localBase, {
        revision: rev,
        localSavedAt: peekLocalDraft(appId, localBase)?.savedAt ?? null,
      });
    },
    [appId, localBase],
  );

  // One save at a time: a second one sent before the first answered would carry the same
  // starting revision and collide with this tab's own save. It waits, then sends the latest values.
  const saveOnce = useCallback(async (): Promise<boolean> => {
    if (!library || paused.current) return false;
    const result = await library
      .saveDraft(appId, body(form.getValues(), revision.current))
      .catch(() => null);
    if (!result) return false; // unreachable: the local draft holds it; the next pause or `online` retries
    if (result.ok && "revision" in result) markSynced(result.revision);
    else if (!result.ok && result.code === "Conflict" && "current" in result) {
      paused.current = true;
      setConflict({ current: result.current });
      return false;
    }
    return true;
  }, [library, appId, body, form, markSynced]);
  // saveOnce's inputs are fixed for the editor's life, so this is one runner throughout.
  const runner = useRef<SerialRunner | null>(null);
  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    runner.current ??= serialRunner(saveOnce);
    await runner.current();
  }, [saveOnce]);

  const adopt = useCallback(
    (draft: ServerDraftView) => {
      replaceValues(form, draft.values, { keepDefaultValues: true });
      library?.setOrigins(draft.templates);
      writeDraft(appId, localBase, draft.values);
      markSynced(draft.revision);
    },
    [form, library, appId, localBase, markSynced],
  );

  useEffect(() => {
    if (!library) return;
    let live = true;
    let reconciled = false;
    /** Compares with the server's draft once it can be read: at opening, or when back online. */
    const reconcile = async () => {
      const loaded = await library.loadDraft(appId, address).catch(() => null);
      if (!live || !loaded?.ok || reconciled) return; // offline: the local draft holds the work
      reconciled = true;
      const server = loaded.draft;
      const local = peekLocalDraft(appId, localBase);
      const decision = decideOnOpen(server, local, readSyncMark(appId, localBase));
      revision.current = server?.revision ?? null;
      if (decision.kind === "conflict" && server) {
        setConflict({ current: server });
        return;
      }
      if (decision.kind === "load-server" && server) {
        adopt(server);
        setRestored({ savedAt: server.savedAt });
      } else if (decision.kind === "discard-server") {
        revision.current = null;
        void library.discardDraft(appId, address).then(
          (result) => result.ok && writeSyncMark(appId, localBase, null),
          () => undefined, // offline: the mark stays, and the next opening discards it again
        );
      } else if (decision.kind === "drop-local") {
        dropLocal.current();
        writeSyncMark(appId, localBase, null);
      } else if (decision.kind === "nothing" && server) {
        markSynced(server.revision); // the same values on both sides: in step from here on
      }
      if (server && decision.kind !== "discard-server") library.setOrigins(server.templates);
      paused.current = false;
      if (decision.kind === "push") await save();
    };
    // After use-draft's own restore (a task of its own), so the local draft is in the form.
    const start = setTimeout(() => void reconcile(), 0);
    const sub = form.watch((_, { name }) => {
      if (!name) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
    });
    const online = () => void (reconciled ? save() : reconcile());
    window.addEventListener("online", online);
    return () => {
      live = false;
      clearTimeout(start);
      sub.unsubscribe();
      if (timer.current !== undefined) void save();
      window.removeEventListener("online", online);
    };
    // The address and base are fixed for the life of the editor.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [library]);

  /** Load the newer draft; this editor's values are kept as a copy first. */
  const loadNewer = useCallback(async () => {
    if (!library || !conflict) return;
    const kept = await library.keepCopy(appId, body(form.getValues(), null)).catch(() => null);
    if (!kept?.ok) {
      toast.error(t("copyFailedBeforeLoad"));
      return;
    }
    adopt(conflict.current);
    setConflict(null);
    paused.current = false;
    toast.success(t("loadedNewer", { copy: kept.draft.copy }));
  }, [library, conflict, appId, body, form, adopt, t]);

  /** Keep this editor's values; the newer draft is kept as a copy, then this one saved over it. */
  const keepMine = useCallback(async () => {
    if (!library || !conflict) return;
    const other = conflict.current;
    const kept = await library
      .keepCopy(appId, {
        ...address,
        values: other.values,
        expectedRevision: null,
        templates: other.templates,
      })
      .catch(() => null);
    if (!kept?.ok) {
      toast.error(t("copyFailedBeforeKeep"));
      return;
    }
    revision.current = other.revision;
    paused.current = false;
    setConflict(null);
    await save();
    toast.success(t("keptMine", { copy: kept.draft.copy }));
  }, [library, conflict, appId, address, save, t]);

  /**
   * Before a create: no save may be sent or in flight while it runs, or one landing after the
   * create removed the server's draft would bring the draft back. Answers the resume: after a
   * create that did not happen it sends the save the hold put off; after a confirmed one (`stop`
   * follows) only later edits are saved, as a new draft.
   */
  const hold = useCallback(async (): Promise<(created: boolean) => void> => {
    const wasPaused = paused.current;
    paused.current = true;
    const hadPending = timer.current !== undefined;
    clearTimeout(timer.current);
    timer.current = undefined;
    await runner.current?.idle();
    return (created) => {
      paused.current = wasPaused;
      if (hadPending && !wasPaused && !created) void save();
    };
  }, [save]);

  /** After a confirmed create (the server removed the draft) or a discard. */
  const stop = useCallback(
    (discard: boolean) => {
      clearTimeout(timer.current);
      timer.current = undefined;
      // A discard is remembered until the server confirms it: a reload in between must not
      // bring the draft back.
      writeSyncMark(
        appId,
        localBase,
        discard ? { revision: revision.current ?? 0, localSavedAt: null, discarded: true } : null,
      );
      revision.current = null;
      if (discard && library) {
        void library.discardDraft(appId, address).then(
          (result) => result.ok && writeSyncMark(appId, localBase, null),
          () => undefined, // offline: the mark makes the next opening discard it again
        );
      }
    },
    [library, appId, address, localBase],
  );

  return {
    restored,
    conflict,
    loadNewer,
    keepMine,
    hold,
    stop,
    dismissRestored: () => setRestored(null),
  };
}
