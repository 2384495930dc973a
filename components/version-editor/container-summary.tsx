"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

/** name · image · spec · storage · probe, for a collapsed card. Watches this container only.
 * Wrapped, never cut off: a long registry image is what tells containers apart. */
export function ContainerSummary({ index }: { index: number }) {
  const t = useTranslations("editor.card");
  const [name, image, spec, storage, probeType] = useWatch<VersionForm>({
    name: [
      `containers.${index}.name`,
      `containers.${index}.image`,
      `containers.${index}.spec`,
      `containers.${index}.storage`,
      `containers.${index}.probeType`,
    ],
  }) as string[];
  return (
    <span className="min-w-0 font-mono text-sm [overflow-wrap:anywhere]">
      <span className="font-semibold">{name || t("unnamed")}</span>
      <span className="text-muted-foreground"> · {image || t("noImage")} · {spec} · {storage} · {probeType}</span>
    </span>
  );
}
