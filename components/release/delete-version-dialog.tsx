"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { toast } from "sonner";

import { applyFailure } from "@/components/admin/apply-result";
import { useRenderMessage } from "@/components/i18n/use-render-message";
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

import { useRenderedResolver } from "./use-rendered-resolver";

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
  const t = useTranslations("release.delete");
  const render = useRenderMessage();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const label = name || versionId;
  const form = useForm<DeleteVersionInput>({
    resolver: useRenderedResolver(zodResolver(deleteVersionInputSchema)),
    defaultValues: { versionId, confirmName: "" },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await action(appId, values).catch(() => ({
      ...UNREACHABLE,
      message: render(UNREACHABLE.message),
    }));
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(render(answer.message));
    router.push(appHref(appId));
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <div>
        <GatedButton refusal={refusal} variant="destructive" onClick={() => setOpen(true)}>
          <Trash2 aria-hidden />
          {t("open")}
        </GatedButton>
      </div>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title", { label })}</DialogTitle>
          <DialogDescription>
            {t.rich("description", {
              label,
              name: (chunks) => <strong className="font-mono">{chunks}</strong>,
            })}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="grid gap-4">
          <FormField form={form} name="confirmName" idPrefix="delete" label={t("name")} mono />
          <FormAlert form={form} />
          <div>
            <Button type="submit" variant="destructive" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t("submitting") : t("submit")}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
