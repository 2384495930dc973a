"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import type { CrInstance } from "@/lib/cr/types";
import { LabeledSelect } from "./labeled-select";
import { LoadingRows, ReadError } from "./query-state";
import { useInstances, useRegions } from "./registry-queries";

type Props = {
  appId: string;
  region: string;
  instanceId: string;
  onRegion: (region: string) => void;
  onInstance: (instance: CrInstance) => void;
};

/** Region, then an instance in it (name, spec, status). ListInstance is regional. */
export function InstanceStep({ appId, region, instanceId, onRegion, onInstance }: Props) {
  const t = useTranslations("registry.instance");
  const id = useId();
  const regions = useRegions(appId, true);
  const instances = useInstances(appId, region);
  if (regions.isPending) return <LoadingRows label={t("loadingRegions")} rows={1} />;
  if (regions.isError) return <ReadError title={t("regionsFailed")} error={regions.error} />;
  return (
    <div className="grid gap-3">
      <LabeledSelect
        label={t("region")}
        placeholder={t("chooseRegion")}
        value={region}
        options={regions.data.map((r) => ({ value: r.regionId, label: `${r.localName} (${r.regionId})` }))}
        onChange={onRegion}
      />
      {region && instances.isPending && <LoadingRows label={t("loadingInstances")} />}
      {instances.isError && <ReadError title={t("instancesFailed")} error={instances.error} />}
      {instances.data && (
        <fieldset className="grid gap-1">
          <legend className="text-sm font-medium">{t("legend")}</legend>
          {instances.data.items.length === 0 && (
            <p className="text-sm text-muted-foreground">{t("none")}</p>
          )}
          {instances.data.items.map((instance) => (
            <label key={instance.instanceId} className="flex items-center gap-2 rounded-md border border-border px-3 py-2 text-sm">
              <input
                type="radio"
                name={`${id}-instance`}
                checked={instance.instanceId === instanceId}
                onChange={() => onInstance(instance)}
              />
              <span className="font-medium">{instance.name}</span>
              <span className="text-muted-foreground">
                {instance.specification} · {instance.status} · {instance.instanceId}
              </span>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
