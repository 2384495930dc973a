"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { domainFor, type EndpointType } from "@/lib/version/acr-pick";
import { LoadingRows, ReadError } from "./query-state";
import { useEndpoints } from "./registry-queries";

const CHOICES: { type: EndpointType; label: "internet" | "vpc" }[] = [
  { type: "internet", label: "internet" },
  { type: "vpc", label: "vpc" },
];

type Props = {
  appId: string;
  region: string;
  instanceId: string;
  type: EndpointType;
  onType: (type: EndpointType) => void;
};

/** Which registry domain ESA pulls from is the person's choice (internet by default). */
export function EndpointStep({ appId, region, instanceId, type, onType }: Props) {
  const t = useTranslations("registry.endpoint");
  const id = useId();
  const endpoints = useEndpoints(appId, region, instanceId);
  if (endpoints.isPending) return <LoadingRows label={t("loading")} rows={1} />;
  if (endpoints.isError) return <ReadError title={t("failed")} error={endpoints.error} />;
  return (
    <fieldset className="grid gap-1">
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {CHOICES.map((choice) => {
        const domain = domainFor(endpoints.data, choice.type);
        return (
          <label key={choice.type} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name={`${id}-endpoint`}
              checked={type === choice.type}
              disabled={!domain}
              onChange={() => onType(choice.type)}
            />
            <span className="font-medium">{t(choice.label)}</span>
            <span className="font-mono text-xs text-muted-foreground">{domain ?? t("notEnabled")}</span>
          </label>
        );
      })}
    </fieldset>
  );
}
