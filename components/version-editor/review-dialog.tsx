"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { VersionForm } from "@/lib/version/schema";
import { diffVersions } from "@/lib/version/version-diff";
import { VersionDiffView } from "./version-diff-view";
import { VersionSummary } from "./version-summary";

type ReviewDialogProps = {
  values: VersionForm | null;
  base: { values: VersionForm; label: string } | null;
  onConfirm: (values: VersionForm) => void;
  onBack: () => void;
};

/** Shown after a valid submit: Confirm sends, Back returns to the form with every value intact. */
export function ReviewDialog({ values, base, onConfirm, onBack }: ReviewDialogProps) {
  const t = useTranslations("editor.review");
  const diff = useMemo(() => (values && base ? diffVersions(base.values, values) : null), [values, base]);
  return (
    <Dialog open={values !== null} onOpenChange={(open) => !open && onBack()}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{base ? t("againstBase") : t("summary")}</DialogDescription>
        </DialogHeader>
        {values && (diff && base ? <VersionDiffView diff={diff} baseName={base.label} /> : <VersionSummary values={values} />)}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onBack}>
            {t("back")}
          </Button>
          <Button type="button" onClick={() => values && onConfirm(values)} autoFocus>
            {t("confirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
