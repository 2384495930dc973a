"use client";

import { Input, selectClassName } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { TemplateFilter } from "@/lib/library/template-filter";

import { SCOPE_OPTIONS } from "./template-meta-fields";

export function TemplateFilters({
  filter,
  owners,
  onChange,
}: {
  filter: TemplateFilter;
  owners: { id: string; name: string }[];
  onChange: (filter: TemplateFilter) => void;
}) {
  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <div className="grid gap-1">
        <Label htmlFor="template-search">Search templates</Label>
        <Input
          id="template-search"
          type="search"
          value={filter.search}
          placeholder="name, image, pattern…"
          onChange={(e) => onChange({ ...filter, search: e.target.value })}
        />
      </div>
      <div className="grid gap-1">
        <Label htmlFor="template-scope-filter">Scope</Label>
        <select
          id="template-scope-filter"
          className={selectClassName}
          value={filter.scope}
          onChange={(e) => onChange({ ...filter, scope: e.target.value as TemplateFilter["scope"] })}
        >
          <option value="all">All scopes</option>
          {SCOPE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1">
        <Label htmlFor="template-owner-filter">Owner</Label>
        <select
          id="template-owner-filter"
          className={selectClassName}
          value={filter.owner}
          onChange={(e) => onChange({ ...filter, owner: e.target.value })}
        >
          <option value="all">Anyone</option>
          <option value="me">Me</option>
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
