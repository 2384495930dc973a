"use client";

import { useState, useTransition } from "react";
import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";

import { GatedButton } from "@/components/access/gated-button";
import { UNREACHABLE, type ReleaseAction } from "@/lib/release/release-action";
import type { ReleaseActionResult } from "@/lib/release/release-result";

import { ActionOutcome } from "./action-outcome";

interface PublishStagingButtonProps {
  appId: string;
  versionId: string;
  action: ReleaseAction;
  refusal?: string;
  /** Why it cannot be published now (not created, already on staging); absent when it can. */
  unavailable?: string;
  onDone: () => void;
}

export function PublishStagingButton(props: PublishStagingButtonProps) {
  const { appId, versionId, action, refusal, unavailable, onDone } = props;
  const t = useTranslations("release.staging");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ReleaseActionResult | null>(null);
  const publish = () =>
    startTransition(async () => {
      setResult(null);
      const answer = await action(appId, { versionId }).catch(() => UNREACHABLE);
      setResult(answer);
      onDone();
    });
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <GatedButton
          refusal={refusal}
          disabled={pending || unavailable !== undefined}
          onClick={publish}
          variant="outline"
        >
          <Upload aria-hidden />
          {pending ? t("publishing") : t("publish")}
        </GatedButton>
        {unavailable && refusal === undefined && (
          <span className="text-xs text-muted-foreground">{unavailable}</span>
        )}
      </div>
      <ActionOutcome result={result} />
    </div>
  );
}
