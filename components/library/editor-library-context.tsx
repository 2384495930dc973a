"use client";

import { createContext, useCallback, useContext, useMemo, useRef } from "react";

import type { DraftCopyResult, DraftSaveResult, ServerDraftView } from "@/lib/library/draft-types";
import type { TemplateOrigin } from "@/lib/library/template-origin";
import type { TemplateView } from "@/lib/library/template-view";
import type { ActionFailure } from "@/lib/submit/results";

import type { SaveTemplateAction } from "./library-actions";

// The team library inside the version editor: the server actions it may call and the templates
// this version has drawn on so far (sent with the create, kept with the draft). Absent (null),
// the editor works as before without library controls.

export interface EditorLibraryActions {
  listTemplates: (appId: string) => Promise<{ ok: true; templates: TemplateView[] } | ActionFailure>;
  saveTemplate: SaveTemplateAction;
  loadDraft: (appId: string, address: unknown) => Promise<{ ok: true; draft: ServerDraftView | null } | ActionFailure>;
  saveDraft: (appId: string, input: unknown) => Promise<DraftSaveResult | ActionFailure>;
  keepCopy: (appId: string, input: unknown) => Promise<DraftCopyResult | ActionFailure>;
  discardDraft: (appId: string, address: unknown) => Promise<{ ok: true } | ActionFailure>;
}

export interface EditorLibrary extends EditorLibraryActions {
  /** The templates used so far (the latest revision used of each). */
  origins(): TemplateOrigin[];
  addOrigin(origin: TemplateOrigin): void;
  setOrigins(origins: TemplateOrigin[]): void;
}

const Context = createContext<EditorLibrary | null>(null);

export function EditorLibraryProvider({ actions, children }: { actions: EditorLibraryActions; children: React.ReactNode }) {
  const origins = useRef<TemplateOrigin[]>([]);
  const addOrigin = useCallback((origin: TemplateOrigin) => {
    origins.current = [...origins.current.filter((o) => o.id !== origin.id), origin];
  }, []);
  const value = useMemo<EditorLibrary>(
    () => ({
      ...actions,
      origins: () => origins.current,
      addOrigin,
      setOrigins: (next) => {
        origins.current = next;
      },
    }),
    [actions, addOrigin],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The editor's library, or null when the page gave none. */
export function useEditorLibrary(): EditorLibrary | null {
  return useContext(Context);
}
