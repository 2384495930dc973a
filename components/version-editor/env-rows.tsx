"use client";

import { Plus, Trash2 } from "lucide-react";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { VersionForm } from "@/lib/version/schema";
import { describedBy, errorId, fieldId } from "./field-ids";
import { keepFocusOnPress } from "./keep-focus-on-press";
import { useFieldError } from "./use-field-error";

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
  const { register } = useFormContext<VersionForm>();
  const keyName = `containers.${index}.env.${row}.key` as const;
  const valueName = `containers.${index}.env.${row}.value` as const;
  const keyError = useFieldError(keyName);
  const valueError = useFieldError(valueName);
  return (
    <div className="grid gap-1">
      <div className="flex items-start gap-2">
        <label className="sr-only" htmlFor={fieldId(keyName)}>
          Variable {row + 1} name
        </label>
        <Input
          id={fieldId(keyName)}
          placeholder="NAME"
          className="font-mono"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={keyError ? true : undefined}
          aria-describedby={describedBy(keyError && errorId(keyName))}
          {...register(keyName)}
        />
        <span aria-hidden className="pt-2 font-mono text-muted-foreground">
          =
        </span>
        <label className="sr-only" htmlFor={fieldId(valueName)}>
          Variable {row + 1} value
        </label>
        <Input
          id={fieldId(valueName)}
          placeholder="value"
          className="font-mono"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={valueError ? true : undefined}
          aria-describedby={describedBy(valueError && errorId(valueName))}
          {...register(valueName)}
        />
        <Button type="button" variant="ghost" size="icon" aria-label={`Remove variable ${row + 1}`} onClick={onRemove}>
          <Trash2 aria-hidden />
        </Button>
      </div>
      <FieldMessage id={errorId(keyName)}>{keyError}</FieldMessage>
      <FieldMessage id={errorId(valueName)}>{valueError}</FieldMessage>
    </div>
  );
}
