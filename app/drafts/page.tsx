import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ClientMessages } from "@/components/i18n/client-messages";
import { MyDraftsTable, type DraftRowView } from "@/components/library/my-drafts-table";
import { requirePageActor } from "@/lib/access/guard";
import { getServerConfig } from "@/lib/config/env";
import { getDb } from "@/lib/db/handle";
import { pruneDraftsNow } from "@/lib/library/draft-retention";
import { listMyDrafts } from "@/lib/library/drafts";
import type { ServerDraftView } from "@/lib/library/draft-types";

import { discardAllMyDraftsAction, discardMyDraftAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("library.draftsPage");
  return { title: t("title") };
}

/** The list needs no values: they stay on the server until the draft is opened. */
const rowView = (draft: ServerDraftView): DraftRowView => ({
  id: draft.id,
  appId: draft.appId,
  base: draft.base,
  copy: draft.copy,
  revision: draft.revision,
  savedAt: draft.savedAt,
  summary: draft.summary,
  templates: draft.templates,
});

export default async function MyDraftsPage() {
  const actor = await requirePageActor();
  const db = await getDb();
  const days = getServerConfig().portal.draftRetentionDays;
  // Stale drafts go here too, so the list never shows one the next prune would remove.
  await pruneDraftsNow(db, days);
  const drafts = await listMyDrafts(db, actor.session.userId);
  const t = await getTranslations("library.draftsPage");
  return (
    <main className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">{t("intro", { days })}</p>
      </div>
      <ClientMessages namespaces={["library"]}>
        <MyDraftsTable drafts={drafts.map(rowView)} discard={discardMyDraftAction} discardAll={discardAllMyDraftsAction} />
      </ClientMessages>
    </main>
  );
}
