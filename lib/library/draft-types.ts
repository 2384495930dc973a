import type { DraftBase } from "@/lib/version/draft-reader";
import type { VersionForm } from "@/lib/version/schema";

import type { TemplateOrigin } from "./template-origin";

// Drafts kept on the server, as plain data for the editor and the My drafts page.

export interface ServerDraftView {
  id: string;
  appId: string;
  base: DraftBase;
  /** 0: the draft of this start; 1, 2, …: copies kept when two saves collided. */
  copy: number;
  revision: number;
  savedAt: string;
  values: VersionForm;
  summary: string;
  templates: TemplateOrigin[];
}

/** Which draft the editor saves: the app, the version it started from, and which copy. */
export interface DraftAddress {
  appId: string;
  base: DraftBase;
  copy: number;
}

export type DraftSaveResult =
  | { ok: true; revision: number; savedAt: string; id: string }
  | { ok: false; code: "Conflict"; message: string; current: ServerDraftView }
  | { ok: false; code?: string; message: string };

export type DraftCopyResult = { ok: true; draft: ServerDraftView } | { ok: false; code?: string; message: string };
