"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Trash2 } from "lucide-react";
import { toast } from "sonner";

import { applyFailure } from "@/components/admin/apply-result";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
import { GatedButton } from "@/components/access/gated-button";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { appHref } from "@/lib/browse/paths";
import { UNREACHABLE, type ReleaseAction } from "@/lib/release/release-action";
import { deleteVersionInputSchema, type DeleteVersionInput } from "@/lib/release/release-inputs";

interface DeleteVersionDialogProps {
  appId: string;
  versionId: string;
  name: string;
  action: ReleaseAction;
  refusal?: string;
}

/** Deletes a version that runs nowhere, once its name is typed. The page does not offer it for a
 * live version, and the server refuses one anyway. */
export function DeleteVersionDialog({
  appId,
  versionId,
  name,
  action,
  refusal,
}: DeleteVersionDialogProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const label = name || versionId;
  const form = useForm<DeleteVersionInput>({
    resolver: zodResolver(deleteVersionInputSchema),
    defaultValues: { versionId, confirmName: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await action(appId, values).catch(() => UNREACHABLE);
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(answer.message);
    router.push(appHref(appId));
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <div>
        <GatedButton refusal={refusal} variant="destructive" onClick={() => setOpen(true)}>
          <Trash2 aria-hidden />
          Delete version…
        </GatedButton>
      </div>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete {label}</DialogTitle>
          <DialogDescription>
            This removes the version from ESA for good. Type{" "}
            <strong className="font-mono">{label}</strong> to confirm.
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate aria-label="Delete version" className="grid gap-4">
          <FormField form={form} name="confirmName" idPrefix="delete" label="Version name" mono />
          <FormAlert form={form} />
          <div>
            <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Deleting…" : "Delete this version"}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
