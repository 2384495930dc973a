"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { lazyClient } from "@/components/lazy-client";
import type { VersionForm } from "@/lib/version/schema";
import { useSetRegistryImage } from "./use-set-registry-image";

// The picker and its queries load on the first press, not with the editor.
const RegistryPicker = lazyClient(() => import("@/components/registry/registry-picker").then((m) => m.RegistryPicker));

/** "Pick from registry": fills this container's image and registry details; they stay editable. */
export function PickFromRegistry({ index }: { index: number }) {
  const t = useTranslations("editor.image");
  const appId = useWatch<VersionForm, "appId">({ name: "appId" });
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const setImage = useSetRegistryImage(index);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={!appId}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t("pick")}
      </Button>
      <span className="text-xs text-muted-foreground">
        {appId ? t("pickHint") : t("pickNeedsApp")}
      </span>
      {opened && <RegistryPicker appId={appId} open={open} onOpenChange={setOpen} onPick={setImage} />}
    </div>
  );
}
