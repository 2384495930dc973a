"use client";

import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { HTTP_SCHEMES, PROBE_TIMING, PROBE_TIMING_FIELDS } from "@/lib/version/constants";
import type { VersionForm } from "@/lib/version/schema";
import { ChoicePicker, type Choice } from "./choice-picker";
import { useAfterPaint } from "./use-after-paint";
import { HttpHeaderRows } from "./http-header-rows";
import { TextField } from "./text-field";
import { useRevalidateContainerOn } from "./use-revalidate-container";

// The probe types' names are ESA's own, the same in every language; each is explained beside it.
const PROBE_TYPES = ["exec", "tcpSocket", "httpGet"] as const;

/** Example values, the same in every language. */
const EXAMPLES = { command: "cat /tmp/healthy", path: "/healthz", host: "www.example.com" };

const schemeChoices: Choice[] = HTTP_SCHEMES.map((s) => ({ value: s, title: s }));

/** The probe type switch shows only that type's fields; the others keep their values, unsent. */
export function ProbeFields({ index }: { index: number }) {
  const base = `containers.${index}.probe` as const;
  const selectedType = useWatch<VersionForm, `containers.${number}.probeType`>({ name: `containers.${index}.probeType` });
  // The tile shows the choice at once; the fields of the new type mount after that paint (mounting
  // them in the click's render held it back ~100 ms at 4x CPU with 30 containers).
  const probeType = useAfterPaint(selectedType);
  useRevalidateContainerOn(index, selectedType);
  const t = useTranslations("editor.probe");
  const probeChoices = useMemo<Choice[]>(
    () => PROBE_TYPES.map((type) => ({ value: type, title: type, detail: t(`${type}Detail`) })),
    [t],
  );
  return (
    <section aria-labelledby={`probe-heading-${index}`} className="grid gap-4">
      <h4 id={`probe-heading-${index}`} className="text-sm font-medium">
        {t("heading")}
      </h4>
      <ChoicePicker name={`containers.${index}.probeType`} legend={t("type")} choices={probeChoices} columns="grid-cols-1 sm:grid-cols-3" />
      {probeType === "exec" && (
        <TextField name={`${base}.exec.command`} label={t("command")} placeholder={EXAMPLES.command} description={t("commandHint")} mono />
      )}
      {probeType === "tcpSocket" && (
        <TextField name={`${base}.tcpSocket.port`} label={t("port")} placeholder="8080" inputMode="numeric" description="1-65535" className="max-w-48" />
      )}
      {probeType === "httpGet" && (
        <div className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
            <TextField name={`${base}.httpGet.path`} label={t("path")} placeholder={EXAMPLES.path} mono />
            <TextField name={`${base}.httpGet.port`} label={t("port")} placeholder="80" inputMode="numeric" description="1-65535" />
          </div>
          <TextField name={`${base}.httpGet.host`} label={t("host")} placeholder={EXAMPLES.host} description={t("hostHint")} mono />
          <ChoicePicker name={`${base}.httpGet.scheme`} legend={t("scheme")} choices={schemeChoices} columns="grid-cols-2 max-w-xs" />
          <HttpHeaderRows index={index} />
        </div>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <legend className="mb-2 text-sm font-medium">{t("timing")}</legend>
        {PROBE_TIMING_FIELDS.map((f) => {
          const timing = PROBE_TIMING[f];
          return (
            <TextField
              key={f}
              name={`${base}.${f}`}
              label={timing.unit ? t("timingWithUnit", { label: t(f), unit: timing.unit }) : t(f)}
              inputMode="numeric"
              description={`${timing.min}-${timing.max}`}
            />
          );
        })}
      </fieldset>
    </section>
  );
}
