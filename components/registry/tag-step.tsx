"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { CrTag } from "@/lib/cr/types";
import { shortDigest, useRegistryFormat } from "./format";
import { LoadingRows, ReadError } from "./query-state";
import { TAG_PAGE_SIZE, useTags } from "./registry-queries";

type Props = {
  appId: string;
  region: string;
  instanceId: string;
  repoId: string;
  page: number;
  tag: string;
  onPage: (page: number) => void;
  onTag: (tag: CrTag) => void;
};

/** Tags newest first, with digest, size and update time, a page at a time. */
export function TagStep({ appId, region, instanceId, repoId, page, tag, onPage, onTag }: Props) {
  const t = useTranslations("registry.tag");
  const format = useRegistryFormat();
  const id = useId();
  const tags = useTags(appId, region, instanceId, repoId, page);
  if (tags.isPending) return <LoadingRows label={t("loading")} rows={5} />;
  if (tags.isError) return <ReadError title={t("failed")} error={tags.error} />;
  const pages = Math.max(1, Math.ceil(tags.data.totalCount / TAG_PAGE_SIZE));
  return (
    <fieldset className="grid gap-2" aria-busy={tags.isFetching}>
      <legend className="text-sm font-medium">{t("legend")}</legend>
      {tags.data.items.length === 0 && <p className="text-sm text-muted-foreground">{t("none")}</p>}
      <div className="grid max-h-72 gap-1 overflow-y-auto">
        {tags.data.items.map((item) => (
          <label key={item.tag} className="grid grid-cols-[auto_1fr] items-center gap-x-2 rounded-md border border-border px-3 py-1.5 text-sm">
            <input type="radio" name={`${id}-tag`} checked={item.tag === tag} onChange={() => onTag(item)} />
            <span className="font-mono font-medium">{item.tag}</span>
            <span />
            <span className="text-xs text-muted-foreground">
              <span className="font-mono" title={item.digest}>
                {shortDigest(item.digest)}
              </span>{" "}
              {t("details", { size: format.size(item.size), time: format.time(item.updateTime) })}
            </span>
          </label>
        ))}
      </div>
      <div className="flex items-center justify-between gap-2">
        <Button type="button" variant="outline" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t("previous")}
        </Button>
        <span className="text-sm" aria-live="polite">
          {t("pageOf", { page, pages, count: tags.data.totalCount })}
        </span>
        <Button type="button" variant="outline" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t("next")}
        </Button>
      </div>
    </fieldset>
  );
}
