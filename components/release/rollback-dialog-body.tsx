"use client";

import { useTranslations } from "next-intl";

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

import { RollbackForm } from "./rollback-form";

interface RollbackDialogBodyProps {
  appId: string;
  targets: RollbackTarget[];
  defaultTarget: string;
  action: ReleaseAction;
  open: boolean;
  setOpen: (open: boolean) => void;
  onAnswer: (answer: ReleaseActionResult) => void;
}

/** The "Roll back…" dialog itself: loaded when first opened (rollback-dialog.tsx). */
export function RollbackDialogBody({ open, setOpen, onAnswer, ...formProps }: RollbackDialogBodyProps) {
  const t = useTranslations("release.rollback");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {formProps.targets.length === 0 ? (
          <p className="text-sm">{t("nothingToGoBackTo")}</p>
        ) : (
          <RollbackForm {...formProps} onAnswer={onAnswer} />
        )}
      </DialogContent>
    </Dialog>
  );
}
