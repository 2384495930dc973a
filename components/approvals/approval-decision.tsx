"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";

import { Button } from "@/components/ui/button";
import { Field, FieldMessage } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { msg } from "@/lib/i18n/message-ref";
import type { ApprovalView } from "@/lib/release/approval-view";
import type { DecisionResult } from "@/lib/release/release-results";

export type DecisionAction = (appId: string, input: { requestId: number; reason: string }) => Promise<DecisionResult>;

const UNREACHABLE: DecisionResult = { ok: false, message: msg("approvals.unreachable"), outcomeUnknown: true };

/** Approve or reject one pending request, with a reason (required to reject). */
export function ApprovalDecision({ request, approve, reject }: { request: ApprovalView; approve: DecisionAction; reject: DecisionAction }) {
  const t = useTranslations("approvals.decision");
  const render = useRenderMessage();
  const router = useRouter();
  const id = useId();
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<DecisionResult | null>(null);
  const reasonMessage = answer && !answer.ok ? answer.fieldErrors?.find((e) => e.path === "reason")?.message : undefined;
  const reasonError = reasonMessage ? render(reasonMessage) : undefined;
  const approveRefusal = request.approveRefusal && render(request.approveRefusal);
  const rejectRefusal = request.rejectRefusal && render(request.rejectRefusal);

  const decide = async (action: DecisionAction) => {
    if (busy) return;
    setBusy(true);
    const result = await action(request.appId, { requestId: request.id, reason }).catch(() => UNREACHABLE);
    setBusy(false);
    setAnswer(result);
    if (result.ok) router.refresh();
  };
  const reasonsId = `${id}-refusals`;
  return (
    <div className="grid gap-3">
      <Field>
        <Label htmlFor={`${id}-reason`}>{t("reason")}</Label>
        <Textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          placeholder={t("reasonPlaceholder")}
        />
        <FieldMessage id={`${id}-reason-error`}>{reasonError}</FieldMessage>
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" onClick={() => decide(approve)} disabled={busy || request.approveRefusal !== undefined} aria-describedby={approveRefusal ? reasonsId : undefined} title={approveRefusal}>
          {busy ? t("working") : t("approve")}
        </Button>
        <Button type="button" variant="destructive" onClick={() => decide(reject)} disabled={busy || request.rejectRefusal !== undefined} title={rejectRefusal}>
          {t("reject")}
        </Button>
      </div>
      {approveRefusal && (
        <p id={reasonsId} className="text-sm text-muted-foreground">
          {approveRefusal}
        </p>
      )}
      {answer && (
        <p role={answer.ok ? "status" : "alert"} className={answer.ok ? "text-sm text-success" : "text-sm font-medium text-destructive"}>
          {render(answer.message)}
          {answer.requestId ? t("requestId", { id: answer.requestId }) : ""}
        </p>
      )}
    </div>
  );
}
