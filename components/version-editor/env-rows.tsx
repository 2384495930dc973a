"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";
import { KeyValueRow } from "./key-value-row";
import { keepFocusOnPress } from "./keep-focus-on-press";

export function EnvRows({ index }: { index: number }) {
  const { control } = useFormContext<VersionForm>();
  const t = useTranslations("editor.env");
  const { fields, append, remove } = useFieldArray({ control, name: `containers.${index}.env` });
  return (
    <div className="grid gap-2">
      {fields.length === 0 && <p className="text-sm text-muted-foreground">{t("none")}</p>}
      {fields.map((field, row) => (
        <EnvRow key={field.id} index={index} row={row} onRemove={() => remove(row)} />
      ))}
      <Button type="button" variant="outline" size="sm" className="w-fit" onMouseDown={keepFocusOnPress} onClick={() => append({ key: "", value: "" })}>
        <Plus aria-hidden /> {t("add")}
      </Button>
    </div>
  );
}

function EnvRow({ index, row, onRemove }: { index: number; row: number; onRemove: () => void }) {
  const t = useTranslations("editor.env");
  const base = `containers.${index}.env.${row}` as const;
  const n = row + 1;
  // The placeholders show the shape (NAME=value), the same in every language.
  return (
    <KeyValueRow
      keyCell={{ name: `${base}.key`, label: t("keyLabel", { n }), placeholder: "NAME" }}
      valueCell={{ name: `${base}.value`, label: t("valueLabel", { n }), placeholder: "value" }}
      separator="="
      removeLabel={t("remove", { n })}
      onRemove={onRemove}
    />
  );
}
