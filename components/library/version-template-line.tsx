import Link from "next/link";
import { useTranslations } from "next-intl";

import type { NamedTemplateOrigin } from "@/lib/library/version-origin";

/** "Made from template Web service (revision 2)" on a version's page; nothing when none. */
export function VersionTemplateLine({ origins }: { origins: NamedTemplateOrigin[] }) {
  const t = useTranslations("library.versionLine");
  if (origins.length === 0) return null;
  return (
    <p data-testid="version-templates" className="text-sm text-muted-foreground">
      {t("lead", { count: origins.length })}{" "}
      {origins.map((o, i) => (
        <span key={o.id}>
          {i > 0 && ", "}
          {t.rich("item", {
            name: o.name,
            revision: o.revision,
            link: (chunks) => (
              <Link href="/templates" className="font-medium text-foreground underline">
                {chunks}
              </Link>
            ),
          })}
        </span>
      ))}
    </p>
  );
}
