"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";
import { replaceValues } from "./replace-values";

// Work in progress is saved per app in localStorage as the person types (debounced), restored on
// return, and cleared only after a confirmed create. A reload, a tab crash, a failed submit or a
// server restart loses nothing.

const SAVE_DELAY_MS = 400;
export const draftKey = (appId: string) => `version-studio:draft:${appId}`;

type StoredDraft = { savedAt: string; values: VersionForm };

function readDraft(key: string): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredDraft>;
    // Only the shape is checked: a draft is unfinished work and may well be invalid.
    if (!parsed.values || !Array.isArray(parsed.values.containers) || typeof parsed.savedAt !== "string") return null;
    return parsed as StoredDraft;
  } catch {
    return null;
  }
}

export function useDraft(form: UseFormReturn<VersionForm>, appId: string, initialValues: VersionForm) {
  const key = draftKey(appId);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const unsaved = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // Browser storage can only be read after mount. The read is a task of its own: the first
    // localStorage access of a page is a synchronous round trip to the browser process, and the
    // effects' task right after hydration is the longest of the page load already. Should an edit
    // beat it (a few milliseconds), the edit wins and the stored draft is left to be overwritten.
    const restore = setTimeout(() => {
      const draft = unsaved.current ? null : readDraft(key);
      if (draft) {
        replaceValues(form, draft.values, { keepDefaultValues: true });
        setRestoredAt(draft.savedAt);
      }
    }, 0);
    const sub = form.watch((_, { name }) => {
      if (!name) return; // a reset (restore, discard), not the person's edit
      unsaved.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        try {
          window.localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values: form.getValues() }));
        } catch {
          // Storage full or disabled: the warning before leaving still protects the work.
        }
      }, SAVE_DELAY_MS);
    });
    const warn = (e: BeforeUnloadEvent) => {
      if (!unsaved.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => {
      clearTimeout(restore);
      sub.unsubscribe();
      clearTimeout(timer.current);
      window.removeEventListener("beforeunload", warn);
    };
  }, [form, key]);

  /** After a confirmed create: nothing left to protect. */
  const clearDraft = useCallback(() => {
    clearTimeout(timer.current);
    unsaved.current = false;
    window.localStorage.removeItem(key);
    setRestoredAt(null);
  }, [key]);

  const discardDraft = useCallback(() => {
    clearDraft();
    replaceValues(form, initialValues, { keepDefaultValues: false });
  }, [clearDraft, form, initialValues]);

  return { restoredAt, clearDraft, discardDraft };
}
