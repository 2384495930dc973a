import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { ApprovalCard } from "@/components/approvals/approval-card";
import { ApprovalHistory } from "@/components/approvals/approval-history";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requirePageActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { loadApprovals } from "@/lib/release/approvals-list";

import { approveReleaseAction, rejectReleaseAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("approvals");
  return { title: t("title") };
}

/** Four eyes on production: pending requests on apps the person may view, then the decided ones. */
export default async function ApprovalsPage() {
  const actor = await requirePageActor();
  const { pending, history } = await loadApprovals(await getDb(), actor.access);
  const t = await getTranslations("approvals");
  return (
    <main className="grid gap-8">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <ClientMessages namespaces={["release", "approvals", "diff", "esa"]}>
        <section aria-labelledby="pending-title" className="grid gap-4">
          <h2 id="pending-title" className="text-xl font-semibold">
            {t("pending", { count: pending.length })}
          </h2>
          {pending.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("nonePending")}</p>
          ) : (
            pending.map((request) => (
              <ApprovalCard key={request.id} request={request} approve={approveReleaseAction} reject={rejectReleaseAction} />
            ))
          )}
        </section>
        <section aria-labelledby="history-title" className="grid gap-4">
          <h2 id="history-title" className="text-xl font-semibold">
            {t("history")}
          </h2>
          <ApprovalHistory requests={history} />
        </section>
      </ClientMessages>
    </main>
  );
}
