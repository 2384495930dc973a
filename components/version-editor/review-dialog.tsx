"use client";

import { useMemo } from "react";
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
  const diff = useMemo(() => (values && base ? diffVersions(base.values, values) : null), [values, base]);
  return (
    <Dialog open={values !== null} onOpenChange={(open) => !open && onBack()}>
      <DialogContent size="lg">
        <DialogHeader>
          <DialogTitle>Review the new version</DialogTitle>
          <DialogDescription>{base ? "What changes against the version you started from." : "What will be created."}</DialogDescription>
        </DialogHeader>
        {values && (diff && base ? <VersionDiffView diff={diff} baseName={base.label} /> : <VersionSummary values={values} />)}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onBack}>
            Back to editing
          </Button>
          <Button type="button" onClick={() => values && onConfirm(values)} autoFocus>
            Confirm and create
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
