"use client";

import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";

/** The end of a template form: why the last save failed, Cancel and Save template. */
export function TemplateFormFooter({ error, pending, onCancel }: { error?: string; pending: boolean; onCancel: () => void }) {
  const t = useTranslations("library.form");
  const render = useRenderMessage();
  return (
    <>
      {error && (
        <p role="alert" className="text-sm font-medium text-destructive">
          {render(error)}
        </p>
      )}
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onCancel}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </DialogFooter>
    </>
  );
}
