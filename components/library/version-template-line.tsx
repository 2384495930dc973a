import Link from "next/link";

import type { NamedTemplateOrigin } from "@/lib/library/version-origin";

/** "Made from template Web service (revision 2)" on a version's page; nothing when none. */
export function VersionTemplateLine({ origins }: { origins: NamedTemplateOrigin[] }) {
  if (origins.length === 0) return null;
  return (
    <p data-testid="version-templates" className="text-sm text-muted-foreground">
      Made from {origins.length === 1 ? "template" : "templates"}{" "}
      {origins.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ", "}
          <Link href="/templates" className="font-medium text-foreground underline">
            {o.name}
          </Link>{" "}
          (revision {o.revision})
        </span>
      ))}
    </p>
  );
}
