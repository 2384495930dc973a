"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ChevronsDownUp, ChevronsUpDown, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { AddContainerFromTemplate } from "@/components/library/add-container-from-template";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import { emptyContainer } from "@/lib/version/defaults";
import type { VersionForm } from "@/lib/version/schema";
import { ContainerCard } from "./container-card";
import { DuplicateNamesProvider } from "./duplicate-names";
import { keepFocusOnPress } from "./keep-focus-on-press";
import { useFieldError } from "./use-field-error";

/** A name not used by any container yet: base, base-2, base-3, … */
function freeName(base: string, taken: string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base}-${i}`)) return `${base}-${i}`;
}

export function ContainerList() {
  const { control, getValues } = useFormContext<VersionForm>();
  const t = useTranslations("editor.containers");
  const { fields, append, insert, remove, move } = useFieldArray({ control, name: "containers" });
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const listError = useFieldError("containers");
  const ids = fields.map((f) => f.id);
  // The cards on the page from the start render whole; any added later (see ContainerFields) mount
  // their fields after the first paint. A reset gives every container a new id.
  const [firstIds] = useState(() => new Set(ids));
  // Read by onToggle, which stays the same function so adding a container re-renders no card.
  const idsRef = useRef(ids);
  useEffect(() => {
    idsRef.current = ids;
  });

  const names = () => getValues("containers").map((c) => c.name);

  const onToggle = useCallback(
    (index: number) => {
      const id = idsRef.current[index];
      if (!id) return;
      setCollapsed((prev) => {
        const next = new Set(prev);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [],
  );

  const onDuplicate = useCallback(
    (index: number) => {
      const source = structuredClone(getValues(`containers.${index}`));
      const taken = getValues("containers").map((c) => c.name);
      insert(index + 1, { ...source, name: freeName(`${source.name || "container"}-copy`, taken) }, { focusName: `containers.${index + 1}.name` });
    },
    [getValues, insert],
  );

  const onRemove = useCallback(
    (index: number) => {
      const removed = structuredClone(getValues(`containers.${index}`));
      remove(index);
      toast(t("removed", { name: removed.name || index + 1 }), {
        action: { label: t("undo"), onClick: () => insert(index, removed, { shouldFocus: false }) },
      });
    },
    [getValues, insert, remove, t],
  );

  const onMove = useCallback((from: number, to: number) => move(from, to), [move]);

  return (
    <section aria-labelledby="containers-heading" className="grid gap-3 [&>*]:min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="containers-heading" className="text-lg font-semibold">
          {t("heading")} <span className="text-muted-foreground">({fields.length})</span>
        </h2>
        <div className="flex gap-2">
          <Button type="button" variant="outline" size="sm" onClick={() => setCollapsed(new Set(ids))}>
            <ChevronsDownUp aria-hidden /> {t("collapseAll")}
          </Button>
          <Button type="button" variant="outline" size="sm" onClick={() => setCollapsed(new Set())}>
            <ChevronsUpDown aria-hidden /> {t("expandAll")}
          </Button>
        </div>
      </div>
      <FieldMessage id="f-containers-error">{listError}</FieldMessage>
      <DuplicateNamesProvider control={control} count={fields.length}>
        {fields.map((field, index) => (
          <ContainerCard
            key={field.id}
            index={index}
            isLast={index === fields.length - 1}
            onlyOne={fields.length === 1}
            collapsed={collapsed.has(field.id)}
            onToggle={onToggle}
            onMove={onMove}
            onDuplicate={onDuplicate}
            onRemove={onRemove}
            deferFields={!firstIds.has(field.id)}
          />
        ))}
      </DuplicateNamesProvider>
      <div className="flex flex-wrap gap-2">
      <Button
        type="button"
        variant="secondary"
        className="w-fit"
        onMouseDown={keepFocusOnPress}
        onClick={() => append(emptyContainer(freeName("container", names())), { focusName: `containers.${fields.length}.name` })}
      >
        <Plus aria-hidden /> {t("add")}
      </Button>
      <AddContainerFromTemplate append={append} />
      </div>
    </section>
  );
}
