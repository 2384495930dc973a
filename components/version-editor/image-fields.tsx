"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";
import { SwitchField } from "./switch-field";
import { NewerTagNotice } from "./newer-tag-notice";
import { PickFromRegistry } from "./pick-from-registry";
import { TextField } from "./text-field";
import { useRevalidateContainerOn } from "./use-revalidate-container";

// Each field's catalog key (editor.image.*) and an example value, the same in every language.
const acrTextFields = [
  ["domain", "registry-vpc.cn-shanghai.aliyuncs.com"],
  ["instanceId", "cri-xxxxxxxx"],
  ["regionId", "cn-shanghai"],
  ["repoId", "crr-xxxxxxxx"],
  ["repoName", "shop-web"],
  ["repoNamespace", "team"],
  ["tag", "1.4.2"],
  ["tagUrl", "registry-vpc.cn-shanghai.aliyuncs.com/team/shop-web:1.4.2"],
] as const;

const IMAGE_EXAMPLE = "nginx:1.25";

export function ImageFields({ index }: { index: number }) {
  const isAcr = useWatch<VersionForm, `containers.${number}.isAcrImage`>({ name: `containers.${index}.isAcrImage` });
  useRevalidateContainerOn(index, isAcr);
  const t = useTranslations("editor.image");
  return (
    <div className="grid gap-4">
      <TextField
        name={`containers.${index}.image`}
        label={t("label")}
        placeholder={IMAGE_EXAMPLE}
        description={t("hint")}
        mono
      />
      <SwitchField
        name={`containers.${index}.isAcrImage`}
        label={t("acr")}
        description={t("acrHint")}
      />
      {isAcr && (
        <fieldset className="grid gap-4 rounded-md border border-border p-4">
          <legend className="px-1 text-sm font-medium">{t("acrDetails")}</legend>
          <PickFromRegistry index={index} />
          <NewerTagNotice index={index} />
          <SwitchField name={`containers.${index}.acr.isEnterpriseRegistry`} label={t("enterprise")} />
          <div className="grid gap-4 sm:grid-cols-2">
            {acrTextFields.map(([key, placeholder]) => (
              <TextField key={key} name={`containers.${index}.acr.${key}`} label={t(key)} placeholder={placeholder} mono />
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
