"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import type { VersionForm } from "@/lib/version/schema";
import { CodeView } from "./code-view";
import { wireContainersTexts } from "./preview-views";

/**
 * Next to the exact wire form: its `Containers` string indented and wrapped, for reading. Built
 * only while open; its copy button copies the exact one-line string that is sent.
 */
export function WireContainersView({ values, reveal }: { values: VersionForm; reveal: boolean }) {
  const t = useTranslations("editor.preview");
  const [open, setOpen] = useState(false);
  const texts = useMemo(() => (open ? wireContainersTexts(values, reveal) : null), [open, values, reveal]);
  return (
    <details className="mt-3" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-medium">{t("wrapped")}</summary>
      <p className="my-2 text-sm text-muted-foreground">
        {t.rich("wrappedNote", { code: (chunks) => <code>{chunks}</code> })}
      </p>
      {texts && (
        <CodeView
          label={t("wrapped")}
          display={texts.display}
          copyValue={texts.copy}
          testId="preview-wire-containers"
        />
      )}
    </details>
  );
}
