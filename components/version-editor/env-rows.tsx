"use client";

import { Plus } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import type { VersionForm } from "@/lib/version/schema";
import { KeyValueRow } from "./key-value-row";
import { keepFocusOnPress } from "./keep-focus-on-press";

export function EnvRows({ index }: { index: number }) {
  const { control } = useFormContext<VersionForm>();
  const { fields, append, remove } = useFieldArray({ control, name: `containers.${index}.env` });
  return (
    <div className="grid gap-2">
      {fields.length === 0 && <p className="text-sm text-muted-foreground">No environment variables.</p>}
      {fields.map((field, row) => (
        <EnvRow key={field.id} index={index} row={row} onRemove={() => remove(row)} />
      ))}
      <Button type="button" variant="outline" size="sm" className="w-fit" onMouseDown={keepFocusOnPress} onClick={() => append({ key: "", value: "" })}>
        <Plus aria-hidden /> Add variable
      </Button>
    </div>
  );
}

function EnvRow({ index, row, onRemove }: { index: number; row: number; onRemove: () => void }) {
  const base = `containers.${index}.env.${row}` as const;
  return (
    <KeyValueRow
      keyCell={{ name: `${base}.key`, label: `Variable ${row + 1} name`, placeholder: "NAME" }}
      valueCell={{ name: `${base}.value`, label: `Variable ${row + 1} value`, placeholder: "value" }}
      separator="="
      removeLabel={`Remove variable ${row + 1}`}
      onRemove={onRemove}
    />
  );
}
