"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import type { VersionForm } from "@/lib/version/schema";
import { CodeView } from "./code-view";
import { previewTexts, type PreviewView } from "./preview-views";
import { WireContainersView } from "./wire-containers-view";

// Each view's tab and code view are named by catalog keys (editor.preview.*); the code itself is
// never translated.
const views = [
  { value: "readable", tab: "tabRequest", label: "codeRequest", testId: "preview-readable" },
  { value: "wire", tab: "tabWire", label: "codeWire", testId: "preview-wire", note: "wireNote" },
  { value: "cli", tab: "tabCli", label: "codeCli", testId: "preview-cli" },
  { value: "typescript", tab: "tabTypescript", label: "codeTypescript", testId: "preview-typescript" },
] as const satisfies readonly { value: PreviewView; tab: string; label: string; testId: string; note?: string }[];

/**
 * The live preview, produced by the same builder the server action uses. It never takes part in a
 * keystroke's render: a change schedules a transition (rendered after the keystroke has painted,
 * interrupted by the next one) instead of watching the whole form, which re-rendered this panel
 * and copied every value on each keystroke. getValues() is a new top-level object each call, so
 * each change re-renders once. Secret-looking env values are masked on screen; copy buttons carry
 * real values.
 */
export function PreviewPanel() {
  const { subscribe, getValues } = useFormContext<VersionForm>();
  const t = useTranslations("editor.preview");
  const [values, setValues] = useState(() => getValues());
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: () => startTransition(() => setValues(getValues())),
      }),
    [subscribe, getValues],
  );
  const [reveal, setReveal] = useState(false);
  const [view, setView] = useState<PreviewView>("readable");
  const texts = useMemo(() => previewTexts(view, values, reveal), [view, values, reveal]);
  return (
    <section aria-labelledby="preview-heading" className="grid gap-3 [&>*]:min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <div className="flex items-center gap-2">
          <Switch id="reveal-secrets" checked={reveal} onCheckedChange={setReveal} />
          <Label htmlFor="reveal-secrets">{t("reveal")}</Label>
        </div>
      </div>
      <Tabs value={view} onValueChange={(v) => setView(v as PreviewView)} className="min-w-0">
        <TabsList aria-label={t("formatLabel")}>
          {views.map((v) => (
            <TabsTrigger key={v.value} value={v.value}>
              {t(v.tab)}
            </TabsTrigger>
          ))}
        </TabsList>
        {views.map((v) => (
          <TabsContent key={v.value} value={v.value}>
            {"note" in v && <p className="mb-2 text-sm text-muted-foreground">{t(v.note)}</p>}
            {view === v.value && <CodeView label={t(v.label)} display={texts.display} copyValue={texts.copy} testId={v.testId} />}
            {view === v.value && v.value === "wire" && <WireContainersView values={values} reveal={reveal} />}
          </TabsContent>
        ))}
      </Tabs>
    </section>
  );
}
