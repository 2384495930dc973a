import type { Metadata } from "next";

import { ApprovalCard } from "@/components/approvals/approval-card";
import { ApprovalHistory } from "@/components/approvals/approval-history";
import { requirePageActor } from "@/lib/access/guard";
import { getDb } from "@/lib/db/handle";
import { loadApprovals } from "@/lib/release/approvals-list";

import { approveReleaseAction, rejectReleaseAction } from "./actions";

export const metadata: Metadata = { title: "Approvals" };

/** Four eyes on production: pending requests on apps the person may view, then the decided ones. */
export default async function ApprovalsPage() {
  const actor = await requirePageActor();
  const { pending, history } = await loadApprovals(await getDb(), actor.access);
  return (
    <main className="grid gap-8">
      <h1 className="text-2xl font-semibold">Approvals</h1>
      <section aria-labelledby="pending-title" className="grid gap-4">
        <h2 id="pending-title" className="text-xl font-semibold">
          Pending ({pending.length})
        </h2>
        {pending.length === 0 ? (
          <p className="text-sm text-muted-foreground">No production release waits for approval.</p>
        ) : (
          pending.map((request) => (
            <ApprovalCard key={request.id} request={request} approve={approveReleaseAction} reject={rejectReleaseAction} />
          ))
        )}
      </section>
      <section aria-labelledby="history-title" className="grid gap-4">
        <h2 id="history-title" className="text-xl font-semibold">
          Decided and expired
        </h2>
        <ApprovalHistory requests={history} />
      </section>
    </main>
  );
}
