"use client";

import { useTranslations } from "next-intl";
import { buildReadableRequest } from "@/lib/version/build-params";
import type { VersionForm } from "@/lib/version/schema";

/** The review without a base version: what will be created, in a few readable lines. */
export function VersionSummary({ values }: { values: VersionForm }) {
  const t = useTranslations("editor.review");
  const request = buildReadableRequest(values);
  return (
    <div className="grid gap-3" data-testid="version-summary">
      <dl className="grid grid-cols-[8rem_1fr] gap-1 text-sm">
        <dt className="font-semibold">{t("application")}</dt>
        <dd className="font-mono">{request.AppId}</dd>
        <dt className="font-semibold">{t("name")}</dt>
        <dd className="font-mono">{request.Name}</dd>
        <dt className="font-semibold">{t("remarks")}</dt>
        <dd>{request.Remarks ?? "—"}</dd>
      </dl>
      <ul className="grid gap-1 text-sm">
        {request.Containers.map((c) => (
          <li key={c.Name} className="rounded-md border border-border px-3 py-2 font-mono text-xs">
            <span className="font-semibold">{c.Name}</span> · {c.Image} · {c.Spec} · {c.Storage} · {c.ProbeType}
            {c.EnvVariables ? t("envCount", { count: c.EnvVariables.split(",").length }) : ""}
            {c.IsACRImage ? " · ACR" : ""}
          </li>
        ))}
      </ul>
    </div>
  );
}
