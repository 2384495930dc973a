"use client";

import { useWatch } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";
import { SwitchField } from "./switch-field";
import { NewerTagNotice } from "./newer-tag-notice";
import { PickFromRegistry } from "./pick-from-registry";
import { TextField } from "./text-field";
import { useRevalidateContainerOn } from "./use-revalidate-container";

const acrTextFields = [
  ["domain", "Registry domain", "registry-vpc.cn-shanghai.aliyuncs.com"],
  ["instanceId", "Instance ID", "cri-xxxxxxxx"],
  ["regionId", "Region ID", "cn-shanghai"],
  ["repoId", "Repository ID", "crr-xxxxxxxx"],
  ["repoName", "Repository name", "shop-web"],
  ["repoNamespace", "Repository namespace", "team"],
  ["tag", "Tag", "1.4.2"],
  ["tagUrl", "Tag URL", "registry-vpc.cn-shanghai.aliyuncs.com/team/shop-web:1.4.2"],
] as const;

export function ImageFields({ index }: { index: number }) {
  const isAcr = useWatch<VersionForm, `containers.${number}.isAcrImage`>({ name: `containers.${index}.isAcrImage` });
  useRevalidateContainerOn(index, isAcr);
  return (
    <div className="grid gap-4">
      <TextField
        name={`containers.${index}.image`}
        label="Image"
        placeholder="nginx:1.25"
        description="Reference by tag (repo:tag). ESA refuses digests containing @."
        mono
      />
      <SwitchField
        name={`containers.${index}.isAcrImage`}
        label="Container Registry image"
        description="The image lives in Alibaba Cloud Container Registry (ACR): add its registry details."
      />
      {isAcr && (
        <fieldset className="grid gap-4 rounded-md border border-border p-4">
          <legend className="px-1 text-sm font-medium">Container Registry details</legend>
          <PickFromRegistry index={index} />
          <NewerTagNotice index={index} />
          <SwitchField name={`containers.${index}.acr.isEnterpriseRegistry`} label="Enterprise Edition instance" />
          <div className="grid gap-4 sm:grid-cols-2">
            {acrTextFields.map(([key, label, placeholder]) => (
              <TextField key={key} name={`containers.${index}.acr.${key}`} label={label} placeholder={placeholder} mono />
            ))}
          </div>
        </fieldset>
      )}
    </div>
  );
}
