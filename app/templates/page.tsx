import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { TemplatesBrowser } from "@/components/library/templates-browser";
import { requirePageActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { localizeResult } from "@/lib/i18n/server-translate";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library.templatesPage");
  return { title: t("title") };
}

export default async function TemplatesPage() {
  const actor = await requirePageActor();
  // The refusals on each template (why Edit or Delete is off) are read in the person's language.
  const templates = await localizeResult(await listVisibleTemplates(libraryContext(actor, await getDb(), listAppRefs)));
  const t = await getTranslations("library.templatesPage");
  return (
    <main className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <ClientMessages namespaces={["library"]}>
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
      </ClientMessages>
    </main>
  );
}
