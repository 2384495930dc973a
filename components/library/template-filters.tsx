"use client";

import { useTranslations } from "next-intl";

import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TemplateFilter } from "@/lib/library/template-filter";

import { useScopeOptions } from "./template-meta-fields";

export function TemplateFilters({
  filter,
  owners,
  onChange,
}: {
  filter: TemplateFilter;
  owners: { id: string; name: string }[];
  onChange: (filter: TemplateFilter) => void;
}) {
  const t = useTranslations("library.filters");
  const scopeOptions = useScopeOptions();
  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <Label htmlFor="template-search">{t("search")}</Label>
        <Input
          id="template-search"
          type="search"
          value={filter.search}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="template-scope-filter">{t("scope")}</Label>
        <select
          id="template-scope-filter"
          className={selectClassName}
          value={filter.scope}
          onChange={(e) => onChange({ ...filter, scope: e.target.value as TemplateFilter["scope"] })}
        >
          <option value="all">{t("allScopes")}</option>
          {scopeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="template-owner-filter">{t("owner")}</Label>
        <select
          id="template-owner-filter"
          className={selectClassName}
          value={filter.owner}
          onChange={(e) => onChange({ ...filter, owner: e.target.value })}
        >
          <option value="all">{t("anyone")}</option>
          <option value="me">{t("me")}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
