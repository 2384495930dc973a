"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { importVersionJson, type ImportProblem, type ImportResult } from "@/lib/version/import-json";
import type { VersionForm } from "@/lib/version/schema";

type ImportSource = Extract<ImportResult, { ok: true }>["source"];

const SOURCE_KEYS = {
  "readable request": "sourceReadable",
  "wire form": "sourceWire",
  "GetEdgeContainerAppVersion response": "sourceResponse",
} as const satisfies Record<ImportSource, string>;

/** Paste or upload JSON. The form changes only when the whole import is valid. Opened by the
 * toolbar's button, which loads this (and the schema it checks with) on first press; it stays
 * mounted afterwards, so text pasted and then cancelled is still there when reopened. */
export function ImportDialog({
  open,
  setOpen,
  currentAppId,
  onImport,
}: {
  open: boolean;
  setOpen: (open: boolean) => void;
  currentAppId: () => string;
  /** `source` names what was pasted, in the page's language. */
  onImport: (values: VersionForm, source: string) => void;
}) {
  const t = useTranslations("editor.import");
  const render = useRenderMessage();
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const id = useId();

  const apply = () => {
    const result = importVersionJson(text, currentAppId());
    if (!result.ok) return setProblems(result.problems);
    setProblems([]);
    setOpen(false);
    setText("");
    onImport(result.values, t(SOURCE_KEYS[result.source]));
  };

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor={`${id}-file`}>{t("file")}</Label>
          <input
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            className="text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (file) setText(await file.text());
            }}
          />
          <Label htmlFor={`${id}-text`}>{t("paste")}</Label>
          <Textarea
            id={`${id}-text`}
            rows={10}
            size="sm"
            className="font-mono"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={problems.length > 0 ? true : undefined}
            aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
          />
          {problems.length > 0 && (
            <div id={`${id}-problems`} role="alert" className="grid gap-1 text-sm text-destructive">
              <p className="font-medium">{t("problems")}</p>
              <ul className="grid gap-1">
                {problems.slice(0, 20).map((p, i) => (
                  <li key={i}>
                    {t.rich("problem", {
                      where: p.where,
                      message: render(p.message),
                      mono: (chunks) => <span className="font-mono">{chunks}</span>,
                    })}
                  </li>
                ))}
              </ul>
              {problems.length > 20 && <p>{t("more", { count: problems.length - 20 })}</p>}
            </div>
          )}
        </div>
        <DialogFooter>
          <Button type="button" variant="outline" onClick={() => setOpen(false)}>
            {t("cancel")}
          </Button>
          <Button type="button" onClick={apply} disabled={text.trim() === ""}>
            {t("apply")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
