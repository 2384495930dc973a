import type { TemplateImportResult } from "@/lib/library/template-import";
import type { TemplateSaved } from "@/lib/library/templates";
import type { TemplateRevisionView } from "@/lib/library/template-view";
import type { ActionFailure } from "@/lib/submit/results";

// The server actions the library's components are handed (app/templates/actions.ts).

export type SaveTemplateAction = (input: unknown) => Promise<TemplateSaved | ActionFailure>;

export interface TemplateActions {
  create: SaveTemplateAction;
  update: (id: string, input: unknown, expectedRevision: number) => Promise<TemplateSaved | ActionFailure>;
  restore: (id: string, revision: number) => Promise<TemplateSaved | ActionFailure>;
  duplicate: (id: string) => Promise<TemplateSaved | ActionFailure>;
  remove: (id: string) => Promise<{ ok: true; name: string } | ActionFailure>;
  importFile: (text: string) => Promise<TemplateImportResult>;
  revisions: (id: string) => Promise<{ ok: true; revisions: TemplateRevisionView[] } | ActionFailure>;
}
