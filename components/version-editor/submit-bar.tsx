"use client";

import { Loader2, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function SubmitBar({ pending }: { pending: boolean }) {
  const t = useTranslations("editor.submitBar");
  return (
    <div className="sticky bottom-0 flex items-center justify-between gap-4 border-t border-border bg-background py-3">
      <p className="text-sm text-muted-foreground">
        {t.rich("hint", { kbd: (chunks) => <kbd className="rounded border border-border px-1 font-mono text-xs">{chunks}</kbd> })}
      </p>
      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Send aria-hidden />}
        {pending ? t("creating") : t("create")}
      </Button>
    </div>
  );
}
