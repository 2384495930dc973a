"use client";

import { useState } from "react";
import { Download, ShieldCheck, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { lazyClient } from "@/components/lazy-client";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";

// The import dialog, its parser and the schema (zod) load when the button is first pressed: loaded
// with the editor they were the biggest task after hydration (~200 ms at 4x CPU).
const ImportDialog = lazyClient(() => import("./import-dialog").then((m) => m.ImportDialog));

type EditorToolbarProps = {
  /** `source`: what the JSON was, in words (the toast names it). */
  onImport: (values: VersionForm, source: string) => void;
  onValidate: () => void;
  validating: boolean;
};

function downloadJson(filename: string, data: unknown) {
  const url = URL.createObjectURL(
    new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
  );
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.click();
  URL.revokeObjectURL(url);
}

export function EditorToolbar({ onImport, onValidate, validating }: EditorToolbarProps) {
  const { getValues } = useFormContext<VersionForm>();
  const t = useTranslations("editor.toolbar");
  // null until first opened: the dialog's code is not loaded before someone asks for it.
  const [importOpen, setImportOpen] = useState<boolean | null>(null);
  return (
    <div className="flex flex-wrap gap-2" role="toolbar" aria-label={t("label")}>
      <Button type="button" variant="outline" size="sm" aria-haspopup="dialog" onClick={() => setImportOpen(true)}>
        <Upload aria-hidden /> {t("import")}
      </Button>
      {importOpen !== null && (
        <ImportDialog open={importOpen} setOpen={setImportOpen} currentAppId={() => getValues("appId")} onImport={onImport} />
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={async () => {
          const values = getValues();
          // The builder is the preview's; loaded on demand so first paint does not wait for it.
          const { buildReadableRequest } = await import("@/lib/version/build-params");
          downloadJson(`${values.name || "version"}.json`, buildReadableRequest(values));
        }}
      >
        <Download aria-hidden /> {t("export")}
      </Button>
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={onValidate}
        disabled={validating}
        aria-busy={validating || undefined}
      >
        <ShieldCheck aria-hidden /> {validating ? t("validating") : t("validate")}
      </Button>
    </div>
  );
}
