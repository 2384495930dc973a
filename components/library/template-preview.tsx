import { scopeLabel, type TemplateRevisionView, type TemplateView } from "@/lib/library/template-view";
import { summarizeContainer } from "@/lib/library/template-summary";

// What a template holds, container by container: image, spec, storage and probe, and which
// secret values it leaves for the person to fill in.

type Previewable = Pick<TemplateView, "name" | "description" | "scope" | "appPattern" | "containers" | "strippedSecrets">;

export function ContainerSummaryList({ template }: { template: Pick<TemplateView, "containers"> }) {
  return (
    <ul className="grid gap-1 text-sm">
      {template.containers.map((container, i) => {
        const s = summarizeContainer(container);
        return (
          <li key={`${s.name}-${i}`}>
            <span className="font-medium">{s.name || `container ${i + 1}`}</span>:{" "}
            <span className="font-mono">{s.image}</span> · {s.spec} · storage {s.storage} · probe {s.probe}
          </li>
        );
      })}
    </ul>
  );
}

export function TemplatePreview({ template, heading }: { template: Previewable | TemplateRevisionView; heading: string }) {
  return (
    <section aria-label={heading} className="grid gap-2 rounded-md border border-border p-4">
      <h3 className="font-semibold">{heading}</h3>
      <p className="text-sm text-muted-foreground">
        {scopeLabel(template.scope, template.appPattern)}
        {template.description ? ` — ${template.description}` : ""}
      </p>
      <ContainerSummaryList template={template} />
      {template.strippedSecrets.length > 0 && (
        <p className="text-sm">Secret values to fill in: {template.strippedSecrets.join(", ")}</p>
      )}
    </section>
  );
}
