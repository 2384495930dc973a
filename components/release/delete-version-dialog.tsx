"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";

import { GatedButton } from "@/components/access/gated-button";
import { lazyClient } from "@/components/lazy-client";
import type { ReleaseAction } from "@/lib/release/release-action";

// The dialog, its form and their validation load when it is first opened: none of it is needed
// to show the release panel.
const DeleteVersionDialogBody = lazyClient(() =>
  import("./delete-version-dialog-body").then((m) => m.DeleteVersionDialogBody),
);

interface DeleteVersionDialogProps {
  appId: string;
  versionId: string;
  name: string;
  action: ReleaseAction;
  refusal?: string;
}

/** Deletes a version that runs nowhere, once its name is typed. The page does not offer it for a
 * live version, and the server refuses one anyway. */
export function DeleteVersionDialog({ refusal, ...props }: DeleteVersionDialogProps) {
  const t = useTranslations("release.delete");
  // null until first opened: the dialog's code is not loaded before someone asks for it.
  const [open, setOpen] = useState<boolean | null>(null);
  return (
    <>
      <div>
        <GatedButton refusal={refusal} variant="destructive" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          <Trash2 aria-hidden />
          {t("open")}
        </GatedButton>
      </div>
      {open !== null && <DeleteVersionDialogBody {...props} open={open} setOpen={setOpen} />}
    </>
  );
}
