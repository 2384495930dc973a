"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { enterpriseCoordinates, NewerTagHint } from "@/components/registry/newer-tag-hint";
import { withTag } from "@/lib/version/acr-pick";
import type { VersionForm } from "@/lib/version/schema";
import { useSetRegistryImage } from "./use-set-registry-image";

/** In a container card: offers the repository's newest tag; one click changes only this container's tag. */
export function NewerTagNotice({ index }: { index: number }) {
  const { getValues } = useFormContext<VersionForm>();
  const t = useTranslations("editor.image");
  const appId = useWatch<VersionForm, "appId">({ name: "appId" });
  const acr = useWatch<VersionForm, `containers.${number}.acr`>({ name: `containers.${index}.acr` });
  // Typed by hand, the coordinates change per keystroke: ask once they have rested.
  const coordinates = useRested(JSON.stringify(enterpriseCoordinates(acr)));
  const setImage = useSetRegistryImage(index);
  return (
    <NewerTagHint
      appId={appId}
      coordinates={JSON.parse(coordinates) as ReturnType<typeof enterpriseCoordinates>}
      action={(tag) => (
        <Button
          type="button"
          size="sm"
          variant="outline"
          onClick={() => {
            const container = getValues(`containers.${index}`);
            setImage(withTag({ image: container.image, acr: container.acr }, tag));
          }}
        >
          {t("useTag", { tag })}
        </Button>
      )}
    />
  );
}

function useRested(value: string, ms = 400): string {
  const [rested, setRested] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setRested(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return rested;
}
