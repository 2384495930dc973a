"use client";

import { useWatch } from "react-hook-form";
import { HTTP_SCHEMES, PROBE_TIMING, PROBE_TIMING_FIELDS } from "@/lib/version/constants";
import type { VersionForm } from "@/lib/version/schema";
import { ChoicePicker, type Choice } from "./choice-picker";
import { useAfterPaint } from "./use-after-paint";
import { HttpHeaderRows } from "./http-header-rows";
import { TextField } from "./text-field";
import { useRevalidateContainerOn } from "./use-revalidate-container";

const probeChoices: Choice[] = [
  { value: "exec", title: "exec", detail: "Run a command in the container" },
  { value: "tcpSocket", title: "tcpSocket", detail: "Open a TCP connection to a port" },
  { value: "httpGet", title: "httpGet", detail: "Send an HTTP GET request" },
];

const schemeChoices: Choice[] = HTTP_SCHEMES.map((s) => ({ value: s, title: s }));

/** The probe type switch shows only that type's fields; the others keep their values, unsent. */
export function ProbeFields({ index }: { index: number }) {
  const base = `containers.${index}.probe` as const;
  const selectedType = useWatch<VersionForm, `containers.${number}.probeType`>({ name: `containers.${index}.probeType` });
  // The tile shows the choice at once; the fields of the new type mount after that paint (mounting
  // them in the click's render held it back ~100 ms at 4x CPU with 30 containers).
  const probeType = useAfterPaint(selectedType);
  useRevalidateContainerOn(index, selectedType);
  return (
    <section aria-labelledby={`probe-heading-${index}`} className="grid gap-4">
      <h4 id={`probe-heading-${index}`} className="text-sm font-medium">
        Health probe
      </h4>
      <ChoicePicker name={`containers.${index}.probeType`} legend="Probe type" choices={probeChoices} columns="grid-cols-1 sm:grid-cols-3" />
      {probeType === "exec" && (
        <TextField name={`${base}.exec.command`} label="Probe command" placeholder="cat /tmp/healthy" description="Runs inside the container; exit code 0 means healthy." mono />
      )}
      {probeType === "tcpSocket" && (
        <TextField name={`${base}.tcpSocket.port`} label="Port" placeholder="8080" inputMode="numeric" description="1-65535" className="max-w-48" />
      )}
      {probeType === "httpGet" && (
        <div className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
            <TextField name={`${base}.httpGet.path`} label="Path" placeholder="/healthz" mono />
            <TextField name={`${base}.httpGet.port`} label="Port" placeholder="80" inputMode="numeric" description="1-65535" />
          </div>
          <TextField name={`${base}.httpGet.host`} label="Host (optional)" placeholder="www.example.com" description="Host header; empty uses the container's address." mono />
          <ChoicePicker name={`${base}.httpGet.scheme`} legend="Scheme" choices={schemeChoices} columns="grid-cols-2 max-w-xs" />
          <HttpHeaderRows index={index} />
        </div>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5">
        <legend className="mb-2 text-sm font-medium">Timing</legend>
        {PROBE_TIMING_FIELDS.map((f) => {
          const t = PROBE_TIMING[f];
          return (
            <TextField
              key={f}
              name={`${base}.${f}`}
              label={t.unit ? `${t.label} (${t.unit})` : t.label}
              inputMode="numeric"
              description={`${t.min}-${t.max}`}
            />
          );
        })}
      </fieldset>
    </section>
  );
}
