"use client";

import { useState } from "react";
import { Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";

import { GatedButton } from "@/components/access/gated-button";
import { lazyClient } from "@/components/lazy-client";
import type { ReleaseAction } from "@/lib/release/release-action";
import type { ReleaseActionResult } from "@/lib/release/release-result";
import type { RollbackTarget } from "@/lib/release/rollback-targets-types";

import { ActionOutcome } from "./action-outcome";

// The dialog, its form and their validation load when it is first opened: none of it is needed
// to show the release panel.
const RollbackDialogBody = lazyClient(() => import("./rollback-dialog-body").then((m) => m.RollbackDialogBody));

interface RollbackDialogProps {
  appId: string;
  targets: RollbackTarget[];
  defaultTarget: string;
  action: ReleaseAction;
  refusal?: string;
  onDone: () => void;
}

/** "Roll back…": never held for approval (getting back must be fast), audited like the rest. */
export function RollbackDialog(props: RollbackDialogProps) {
  const t = useTranslations("release.rollback");
  const { refusal, onDone, ...formProps } = props;
  // null until first opened: the dialog's code is not loaded before someone asks for it.
  const [open, setOpen] = useState<boolean | null>(null);
  const [result, setResult] = useState<ReleaseActionResult | null>(null);
  const onAnswer = (answer: ReleaseActionResult) => {
    if (answer.ok || answer.outcomeUnknown) {
      setResult(answer);
      setOpen(false);
    }
    onDone();
  };
  return (
    <div className="grid gap-2">
      <div>
        <GatedButton
          refusal={refusal}
          variant="outline"
          aria-haspopup="dialog"
          onClick={() => {
            setResult(null);
            setOpen(true);
          }}
        >
          <Undo2 aria-hidden />
          {t("open")}
        </GatedButton>
      </div>
      {open !== null && <RollbackDialogBody {...formProps} open={open} setOpen={setOpen} onAnswer={onAnswer} />}
      <ActionOutcome result={result} />
    </div>
  );
}
