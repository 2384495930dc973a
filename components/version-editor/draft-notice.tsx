"use client";

import Link from "next/link";
import { FileWarning, History } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import type { DraftBase } from "@/lib/version/draft-reader";
import type { OtherDraft } from "./draft-storage";
import type { RestoredDraft, SetAsideDraft } from "./use-draft";

const box = "flex flex-wrap items-center justify-between gap-2 rounded-md border px-4 py-2 text-sm";

/** "started from …" and a saved time in the page's language and time zone. */
function useDraftWords() {
  const t = useTranslations("editor.drafts");
  const format = useFormatter();
  return {
    t,
    startedFrom: (base: DraftBase) => (base ? t("startedFromBase", { label: base.label }) : t("startedBlank")),
    date: (iso: string) => format.dateTime(new Date(iso), "stamp"),
    when: (iso: string) => (chunks: React.ReactNode) => <time dateTime={iso}>{chunks}</time>,
  };
}

export function DraftNotice({ restored, onDiscard }: { restored: RestoredDraft | null; onDiscard: () => void }) {
  const { t, startedFrom, date, when } = useDraftWords();
  if (!restored) return null;
  return (
    <div role="status" data-testid="draft-notice" className={`${box} border-border bg-muted`}>
      <span className="flex items-center gap-2">
        <History aria-hidden className="size-4 shrink-0" />
        <span>
          {t.rich("restored", {
            date: date(restored.savedAt),
            startedFrom: startedFrom(restored.base),
            when: when(restored.savedAt),
          })}
        </span>
      </span>
      <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
        {t("discard")}
      </Button>
    </div>
  );
}

const editorHref = (appId: string, base: DraftBase) =>
  `/apps/${encodeURIComponent(appId)}/versions/new${base ? `?from=${encodeURIComponent(base.versionId)}` : ""}`;

/** Drafts of the same app that started elsewhere: offered, never loaded into this page. */
export function OtherDraftsNotice({ appId, drafts }: { appId: string; drafts: OtherDraft[] }) {
  const { t, startedFrom, date, when } = useDraftWords();
  if (drafts.length === 0) return null;
  return (
    <div role="status" data-testid="other-drafts" className={`${box} border-border`}>
      <p>{t("others", { count: drafts.length })}</p>
      <ul className="grid w-full gap-1">
        {drafts.map((d) => (
          <li key={d.base?.versionId ?? ""}>
            {t.rich("other", {
              startedFrom: startedFrom(d.base),
              date: date(d.savedAt),
              link: (chunks) => (
                <Link className="underline" href={editorHref(appId, d.base)}>
                  {chunks}
                </Link>
              ),
              when: when(d.savedAt),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A stored draft the editor could not read: set aside, offered for download, the form starts fresh. */
export function SetAsideNotice({ draft, onDismiss }: { draft: SetAsideDraft | null; onDismiss: () => void }) {
  const t = useTranslations("editor.drafts");
  const render = useRenderMessage();
  if (!draft) return null;
  const download = () => {
    const url = URL.createObjectURL(new Blob([draft.raw], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "version-draft.json";
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div role="alert" data-testid="draft-set-aside" className={`${box} border-warning/40 bg-warning-background text-warning`}>
      <span className="flex items-center gap-2">
        <FileWarning aria-hidden className="size-4 shrink-0" />
        <span>{t("setAside", { reason: render(draft.reason) })}</span>
      </span>
      <span className="flex gap-2">
        <Button type="button" size="sm" variant="outline" onClick={download}>
          {t("download")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDismiss}>
          {t("startFresh")}
        </Button>
      </span>
    </div>
  );
}
