"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { TemplateFileProblem } from "@/lib/library/template-io";

import type { TemplateActions } from "./library-actions";

// Imports a template file exported from any installation: all of it, or nothing with each
// problem named by template and field.

export function TemplateImport({ importFile }: { importFile: TemplateActions["importFile"] }) {
  const t = useTranslations("library.import");
  const [problems, setProblems] = useState<TemplateFileProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importFile(await file.text());
    if (result.ok) {
      setProblems([]);
      setMessage(null);
      toast.success(t("imported", { count: result.imported.length, names: result.imported.join(", ") }));
      if (result.secretsNotice) toast.warning(result.secretsNotice);
      return;
    }
    setMessage(result.message);
    setProblems(result.problems ?? []);
  };

  return (
    <div className="grid gap-2">
      <Label htmlFor="template-import-file">{t("label")}</Label>
      <input
        id="template-import-file"
        type="file"
        accept="application/json,.json"
        aria-describedby={message ? "template-import-problems" : undefined}
        className="text-sm"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          e.target.value = "";
        }}
      />
      {message && (
        <div id="template-import-problems" role="alert" className="grid gap-1 text-sm text-destructive">
          <p className="font-medium">{message}</p>
          <ul className="list-disc pl-5">
            {problems.map((p, i) => (
              <li key={i}>
                <span className="font-mono">{p.where}</span>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Button type="button" variant="link" size="sm" className="w-fit" onClick={() => setMessage(null)} hidden={!message}>
        {t("dismiss")}
      </Button>
    </div>
  );
}
