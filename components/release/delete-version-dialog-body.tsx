"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { applyFailure } from "@/components/admin/apply-result";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { FormAlert } from "@/components/admin/form-alert";
import { FormField } from "@/components/admin/form-field";
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
import type { DeleteVersionInput } from "@/lib/release/release-inputs";
import { lazyResolver } from "@/components/forms/lazy-resolver";

import { useRenderedResolver } from "./use-rendered-resolver";

interface DeleteVersionDialogBodyProps {
  appId: string;
  versionId: string;
  name: string;
  action: ReleaseAction;
  open: boolean;
  setOpen: (open: boolean) => void;
}

const deleteVersion = lazyResolver(() => import("./resolvers").then((m) => m.deleteVersionResolver));

/** The delete dialog itself, loaded when first opened (delete-version-dialog.tsx): the version's
 * name typed to confirm, then the delete. */
export function DeleteVersionDialogBody({ appId, versionId, name, action, open, setOpen }: DeleteVersionDialogBodyProps) {
  const t = useTranslations("release.delete");
  const render = useRenderMessage();
  const router = useRouter();
  const label = name || versionId;
  const form = useForm<DeleteVersionInput>({
    resolver: useRenderedResolver(deleteVersion.resolver),
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
        <form onSubmit={onSubmit} onFocus={deleteVersion.warm} noValidate aria-label={t("form")} className="grid gap-4">
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
