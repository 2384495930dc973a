"use client";

import { useTranslations } from "next-intl";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { scopeLabel, type TemplateRevisionView, type TemplateView } from "@/lib/library/template-view";
import { summarizeContainer } from "@/lib/library/template-summary";

// What a template holds, container by container: image, spec, storage and probe, and which
// secret values it leaves for the person to fill in.

type Previewable = Pick<TemplateView, "name" | "description" | "scope" | "appPattern" | "containers" | "strippedSecrets">;

export function ContainerSummaryList({ template }: { template: Pick<TemplateView, "containers"> }) {
  const t = useTranslations("library.preview");
  const render = useRenderMessage();
  return (
    <ul className="grid gap-1 text-sm">
      {template.containers.map((container, i) => {
        const s = summarizeContainer(container);
        return (
          <li key={`${s.name}-${i}`}>
            {t.rich("line", {
              name: s.name || t("containerFallback", { number: i + 1 }),
              image: render(s.image),
              spec: s.spec,
              storage: s.storage,
              probe: render(s.probe),
              b: (chunks) => <span className="font-medium">{chunks}</span>,
              code: (chunks) => <span className="font-mono">{chunks}</span>,
            })}
          </li>
        );
      })}
    </ul>
  );
}

/** "Secret values to fill in: web: DB_PASSWORD"; nothing when the template left none out. */
export function SecretsToFill({ names, className }: { names: readonly string[]; className: string }) {
  const t = useTranslations("library.preview");
  if (names.length === 0) return null;
  return <p className={className}>{t("secrets", { names: names.join(", ") })}</p>;
}

export function TemplatePreview({ template, heading }: { template: Previewable | TemplateRevisionView; heading: string }) {
  const render = useRenderMessage();
  return (
    <section aria-label={heading} className="grid gap-2 rounded-md border border-border p-4">
      <h3 className="font-semibold">{heading}</h3>
      <p className="text-sm text-muted-foreground">
        {render(scopeLabel(template.scope, template.appPattern))}
        {template.description ? ` — ${template.description}` : ""}
      </p>
      <ContainerSummaryList template={template} />
      <SecretsToFill names={template.strippedSecrets} className="text-sm" />
    </section>
  );
}
