"use client";

import { useDeferredValue, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import type { CrRepository } from "@/lib/cr/types";
import { LabeledSelect } from "./labeled-select";
import { LoadingRows, ReadError } from "./query-state";
import { useNamespaces, useRepositories } from "./registry-queries";

type Props = {
  appId: string;
  region: string;
  instanceId: string;
  namespace: string;
  repoId: string;
  onNamespace: (namespace: string) => void;
  onRepository: (repository: CrRepository) => void;
};

/** A namespace, then a repository in it, searchable by name; public or private shown. */
export function RepositoryStep({ appId, region, instanceId, namespace, repoId, onNamespace, onRepository }: Props) {
  const t = useTranslations("registry.repository");
  const id = useId();
  const [search, setSearch] = useState("");
  const q = useDeferredValue(search.trim());
  const namespaces = useNamespaces(appId, region, instanceId);
  const repositories = useRepositories(appId, region, instanceId, namespace, q);
  if (namespaces.isPending) return <LoadingRows label={t("loadingNamespaces")} rows={1} />;
  if (namespaces.isError) return <ReadError title={t("namespacesFailed")} error={namespaces.error} />;
  return (
    <div className="grid gap-3">
      <LabeledSelect
        label={t("namespace")}
        placeholder={t("chooseNamespace")}
        value={namespace}
        options={namespaces.data.items.map((n) => ({ value: n.name, label: n.name }))}
        onChange={onNamespace}
      />
      {namespace && (
        <div className="grid gap-1">
          <label htmlFor={`${id}-search`} className="text-sm font-medium">
            {t("search")}
          </label>
          <Input id={`${id}-search`} value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t("searchPlaceholder")} />
        </div>
      )}
      {namespace && repositories.isPending && <LoadingRows label={t("loading")} />}
      {repositories.isError && <ReadError title={t("failed")} error={repositories.error} />}
      {namespace && repositories.data && (
        <fieldset className="grid gap-1" aria-busy={repositories.isFetching}>
          <legend className="text-sm font-medium">{t("legend")}</legend>
          {repositories.data.items.length === 0 && (
            <p className="text-sm text-muted-foreground">{q ? t("noMatchSearch", { search: q }) : t("noMatch")}</p>
          )}
          {repositories.data.items.map((repo) => (
            <label key={repo.repoId} className="flex items-center gap-2 rounded-md border border-border px-3 py-2 text-sm">
              <input
                type="radio"
                name={`${id}-repo`}
                checked={repo.repoId === repoId}
                onChange={() => onRepository(repo)}
              />
              <span className="font-medium">{repo.name}</span>
              <Badge variant={repo.type === "PUBLIC" ? "outline" : "secondary"}>
                {repo.type === "PUBLIC" ? t("public") : t("private")}
              </Badge>
              <span className="truncate text-muted-foreground">{repo.summary}</span>
            </label>
          ))}
          {repositories.data.totalCount > repositories.data.items.length && (
            <p className="text-xs text-muted-foreground">
              {t("showing", { shown: repositories.data.items.length, total: repositories.data.totalCount })}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
