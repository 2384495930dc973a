"use client";

import { lazyClient } from "@/components/lazy-client";
import { Download, ShieldCheck } from "lucide-react";
import { useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";

// The import dialog (and its parser) loads on first use, not with the editor.
const ImportDialog = lazyClient(
  () => import("./import-dialog").then((m) => m.ImportDialog),
  () => (
    <Button type="button" variant="outline" size="sm" disabled>
      Import JSON
    </Button>
  ),
);

type EditorToolbarProps = {
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
  return (
    <div className="flex flex-wrap gap-2" role="toolbar" aria-label="Version tools">
      <ImportDialog currentAppId={() => getValues("appId")} onImport={onImport} />
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
        <Download aria-hidden /> Export JSON
      </Button>
      <Button
        type="button"
        variant="outline"
        size="sm"
        onClick={onValidate}
        disabled={validating}
        aria-busy={validating || undefined}
      >
        <ShieldCheck aria-hidden /> {validating ? "Validating…" : "Validate (dry run)"}
      </Button>
    </div>
  );
}
