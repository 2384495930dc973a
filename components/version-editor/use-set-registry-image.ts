"use client";

import { useCallback } from "react";
import { useFormContext } from "react-hook-form";
import { ACR_TEXT_FIELDS } from "@/lib/version/kept-fields";
import type { AcrImageForm, VersionForm } from "@/lib/version/schema";

const ACR_KEYS = [
  "isEnterpriseRegistry",
  ...ACR_TEXT_FIELDS,
] as const satisfies readonly (keyof AcrImageForm)[];

/** Writes a container's image and registry details as if typed: dirty, touched, re-judged. */
export function useSetRegistryImage(index: number) {
  const { setValue } = useFormContext<VersionForm>();
  return useCallback(
    (next: { image: string; acr: AcrImageForm }) => {
      const options = { shouldDirty: true, shouldTouch: true, shouldValidate: true } as const;
      setValue(`containers.${index}.image`, next.image, options);
      for (const key of ACR_KEYS) setValue(`containers.${index}.acr.${key}`, next.acr[key], options);
    },
    [index, setValue],
  );
}
