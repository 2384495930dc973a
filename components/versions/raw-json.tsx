import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";
import { maskContainerSecrets } from "@/lib/browse/mask-container";
import type { RawEsaContainer } from "@/lib/esa/types";

interface RawJsonProps {
  containers: RawEsaContainer[];
  revealed: boolean;
}

/** The containers exactly as GetEdgeContainerAppVersion returned them (secrets masked unless
 * revealed). A native disclosure, so it opens without JavaScript too. */
export function RawJson({ containers, revealed }: RawJsonProps) {
  const t = useTranslations("versions.raw");
  const json = JSON.stringify(revealed ? containers : maskContainerSecrets(containers), null, 2);
  return (
    <details className="group rounded-lg border border-border">
      <summary className="cursor-pointer rounded-lg px-4 py-3 text-sm font-medium focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-hidden">
        {t("open")}
      </summary>
      <div className="grid gap-2 border-t border-border p-4">
        <div className="flex items-center justify-between gap-2">
          <p className="text-xs text-muted-foreground">
            {revealed ? t("aboutRevealed") : t("about")}
          </p>
          <CopyButton value={json} label={t("copy")} />
        </div>
        {/* Focusable so keyboard users can scroll it; a named region so it is announced and can
            be found by its name (aria-label is prohibited on a plain <pre>). */}
        <pre
          data-testid="raw-json"
          tabIndex={0}
          role="region"
          aria-label={t("region")}
          className="max-h-[32rem] overflow-auto rounded-md bg-muted p-3 font-mono text-xs"
        >
          {json}
        </pre>
      </div>
    </details>
  );
}
