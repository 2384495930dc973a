import type { Metadata } from "next";

import { TemplatesBrowser } from "@/components/library/templates-browser";
import { requirePageActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { listAppRefs } from "@/lib/library/app-refs";
import { libraryContext } from "@/lib/library/template-changes";
import { listVisibleTemplates } from "@/lib/library/templates";

import {
  createTemplateAction,
  deleteTemplateAction,
  duplicateTemplateAction,
  importTemplatesAction,
  restoreTemplateRevisionAction,
  templateRevisionsAction,
  updateTemplateAction,
} from "./actions";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage() {
  const actor = await requirePageActor();
  const templates = await listVisibleTemplates(libraryContext(actor, await getDb(), listAppRefs));
  return (
    <main className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">Templates</h1>
        <p className="text-sm text-muted-foreground">
          Containers and versions your team starts from. Secret-looking values are never kept: they
          are names with empty values, filled in each version.
        </p>
      </div>
      <TemplatesBrowser
        templates={templates}
        myId={actor.session.userId}
        actions={{
          create: createTemplateAction,
          update: updateTemplateAction,
          restore: restoreTemplateRevisionAction,
          duplicate: duplicateTemplateAction,
          remove: deleteTemplateAction,
          importFile: importTemplatesAction,
          revisions: templateRevisionsAction,
        }}
      />
    </main>
  );
}
