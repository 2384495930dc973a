"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { lazyClient } from "@/components/lazy-client";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { EnvRows } from "./env-rows";
import { useAfterPaint } from "./use-after-paint";

// Text mode (its parser, and the schema that judges each line) loads when first chosen.
const EnvText = lazyClient(() => import("./env-text").then((m) => m.EnvText), EnvTextLoading);

function EnvTextLoading() {
  const t = useTranslations("editor.env");
  return <p className="text-sm text-muted-foreground">{t("loadingText")}</p>;
}

/** Two views of one value (the form's env rows): switching mode converts, it never discards. */
export function EnvEditor({ index }: { index: number }) {
  const t = useTranslations("editor.env");
  const [mode, setMode] = useState<"rows" | "text">("rows");
  // The tab changes at once; the editor of the new mode mounts in a render after that paint.
  const shown = useAfterPaint(mode);
  return (
    <section aria-labelledby={`env-heading-${index}`} className="grid gap-2">
      <Tabs value={mode} onValueChange={(v) => setMode(v as "rows" | "text")}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h4 id={`env-heading-${index}`} className="text-sm font-medium">
            {t("heading")}
          </h4>
          <TabsList aria-label={t("modeLabel")}>
            <TabsTrigger value="rows">{t("rows")}</TabsTrigger>
            <TabsTrigger value="text">{t("text")}</TabsTrigger>
          </TabsList>
        </div>
        <TabsContent value="rows">{shown === "rows" && <EnvRows index={index} />}</TabsContent>
        <TabsContent value="text">{shown === "text" && <EnvText index={index} />}</TabsContent>
      </Tabs>
    </section>
  );
}
