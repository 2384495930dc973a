"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { DraftBase } from "@/lib/version/draft-reader";
import type { VersionForm } from "@/lib/version/schema";
import { dropSetAside, loadDraft, otherDrafts, removeDraft, writeDraft, type OtherDraft } from "./draft-storage";
import { replaceValues } from "./replace-values";

// Work in progress is saved per app and base version in localStorage as the person types
// (debounced), restored on return, and cleared only after a confirmed create. A pending save is
// written at once when the page is hidden, left or the editor unmounts (an in-app navigation), so
// a reload, a tab crash, a failed submit or a server restart loses nothing, not even the last
// keystrokes.

const SAVE_DELAY_MS = 400;

export type RestoredDraft = { savedAt: string; base: DraftBase };
export type SetAsideDraft = { raw: string; reason: string };

export function useDraft(form: UseFormReturn<VersionForm>, appId: string, base: DraftBase, initialValues: VersionForm) {
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const [setAside, setSetAside] = useState<SetAsideDraft | null>(null);
  const [others, setOthers] = useState<OtherDraft[]>([]);
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const pristine = JSON.stringify(initialValues);
    const save = () => {
      clearTimeout(timer.current);
      timer.current = undefined;
      const values = form.getValues();
      // Back to what the page started with (a discard, whose reset re-registers the field arrays,
      // or edits undone): nothing to keep, nothing to warn about.
      if (JSON.stringify(values) === pristine) {
        unsaved.current = false;
        removeDraft(appId, base);
      } else writeDraft(appId, base, values);
    };
    /** Writes a save that is still waiting for its delay; nothing when none is. */
    const flush = () => {
      if (timer.current !== undefined) save();
    };
    // Browser storage can only be read after mount. The read is a task of its own: the first
    // localStorage access of a page is a synchronous round trip to the browser process, and the
    // effects' task right after hydration is the longest of the page load already. Should an edit
    // beat it (a few milliseconds), the edit wins and the stored draft is left to be overwritten.
    const restore = setTimeout(() => {
      const read = unsaved.current ? null : loadDraft(appId, base);
      if (read?.kind === "ready") {
        replaceValues(form, read.draft.values, { keepDefaultValues: true });
        setRestored({ savedAt: read.draft.savedAt, base: read.draft.base });
      } else if (read?.kind === "unreadable") setSetAside({ raw: read.raw, reason: read.reason });
      setOthers(otherDrafts(appId, base));
    }, 0);
    const sub = form.watch((_, { name }) => {
      if (!name) return; // a reset (restore, discard), not the person's edit
      unsaved.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(save, SAVE_DELAY_MS);
    });
    const warn = (e: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("beforeunload", warn);
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      clearTimeout(restore);
      sub.unsubscribe();
      flush(); // unmount (an in-app navigation): save what is pending, never drop it
      window.removeEventListener("beforeunload", warn);
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHidden);
    };
  }, [form, appId, base, initialValues]);

  /** After a confirmed create: nothing left to protect. */
  const clearDraft = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    unsaved.current = false;
    removeDraft(appId, base);
    setRestored(null);
  }, [appId, base]);

  const discardDraft = useCallback(() => {
    clearDraft();
    replaceValues(form, initialValues, { keepDefaultValues: false });
  }, [clearDraft, form, initialValues]);

  /** The unreadable draft has been downloaded or given up: forget it and keep the fresh form. */
  const dismissSetAside = useCallback(() => {
    dropSetAside(appId, base);
    setSetAside(null);
  }, [appId, base]);

  const hasUnsaved = useCallback(() => unsaved.current, []);

  return { restored, setAside, others, clearDraft, discardDraft, dismissSetAside, hasUnsaved };
}
