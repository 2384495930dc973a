"use client";

import { useState } from "react";
import { Undo2 } from "lucide-react";
import { useTranslations } from "next-intl";

import { GatedButton } from "@/components/access/gated-button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { ReleaseAction } from "@/lib/release/release-action";
import type { ReleaseActionResult } from "@/lib/release/release-result";
import type { RollbackTarget } from "@/lib/release/rollback-targets-types";

import { ActionOutcome } from "./action-outcome";
import { RollbackForm } from "./rollback-form";

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
  const [open, setOpen] = useState(false);
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
      <Dialog open={open} onOpenChange={setOpen}>
        <div>
          <GatedButton
            refusal={refusal}
            variant="outline"
            onClick={() => {
              setResult(null);
              setOpen(true);
            }}
          >
            <Undo2 aria-hidden />
            {t("open")}
          </GatedButton>
        </div>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{t("title")}</DialogTitle>
            <DialogDescription>{t("description")}</DialogDescription>
          </DialogHeader>
          {props.targets.length === 0 ? (
            <p className="text-sm">{t("nothingToGoBackTo")}</p>
          ) : (
            <RollbackForm {...formProps} onAnswer={onAnswer} />
          )}
        </DialogContent>
      </Dialog>
      <ActionOutcome result={result} />
    </div>
  );
}
