"use client";

import { CloudDownload } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";

import { Button } from "@/components/ui/button";

import type { ServerRestore } from "./use-server-draft";

/** When a draft was saved, in the reader's language and time zone; the exact time in `dateTime`. */
export function SavedAt({ iso }: { iso: string }) {
  const format = useFormatter();
  return <time dateTime={iso}>{format.dateTime(new Date(iso), "stamp")}</time>;
}

/** The draft came from the server (saved in another browser or on another machine). */
export function ServerRestoreNotice({ restored, onDiscard }: { restored: ServerRestore | null; onDiscard: () => void }) {
  const t = useTranslations("library.serverDraft");
  if (!restored) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-muted px-4 py-2 text-sm">
      <span className="flex items-center gap-2">
        <CloudDownload aria-hidden className="size-4" />
        <span>{t.rich("restored", { time: () => <SavedAt iso={restored.savedAt} /> })}</span>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}
