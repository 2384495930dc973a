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

/** Header rows, serialised by the wire builder into the HttpHeaders JSON string. */
export function HttpHeaderRows({ index }: { index: number }) {
  const { control } = useFormContext<VersionForm>();
  const name = `containers.${index}.probe.httpGet.headers` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  // A list-level error (the service refusing HttpHeaders as a whole) marks the first control.
  const listError = useFieldError(name);
  return (
    <fieldset className="grid gap-2" aria-describedby={listError ? errorId(name) : undefined}>
      <legend className="mb-2 text-sm font-medium">HTTP headers</legend>
      {fields.length === 0 && <p className="text-sm text-muted-foreground">No headers are sent with the probe.</p>}
      {fields.map((field, row) => (
        <HeaderRow key={field.id} base={`${name}.${row}`} row={row} listError={row === 0 ? listError : undefined} onRemove={() => remove(row)} />
      ))}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="w-fit"
        aria-invalid={listError && fields.length === 0 ? true : undefined}
        aria-describedby={listError && fields.length === 0 ? errorId(name) : undefined}
        onMouseDown={keepFocusOnPress}
        onClick={() => append({ name: "", value: "" })}
      >
        <Plus aria-hidden /> Add header
      </Button>
      <FieldMessage id={errorId(name)}>{listError}</FieldMessage>
    </fieldset>
  );
}

type HeaderRowProps = { base: `containers.${number}.probe.httpGet.headers.${number}`; row: number; listError?: string; onRemove: () => void };

function HeaderRow({ base, row, listError, onRemove }: HeaderRowProps) {
  const { register } = useFormContext<VersionForm>();
  const nameField = `${base}.name` as const;
  const valueField = `${base}.value` as const;
  const nameError = useFieldError(nameField);
  const valueError = useFieldError(valueField);
  return (
    <div className="grid gap-1">
      <div className="flex items-start gap-2">
        <label className="sr-only" htmlFor={fieldId(nameField)}>
          Header {row + 1} name
        </label>
        <Input
          id={fieldId(nameField)}
          placeholder="Content-Type"
          className="font-mono"
          autoComplete="off"
          aria-invalid={nameError || listError ? true : undefined}
          aria-describedby={describedBy(nameError && errorId(nameField), listError && errorId(base.replace(/\.\d+$/, "")))}
          {...register(nameField)}
        />
        <label className="sr-only" htmlFor={fieldId(valueField)}>
          Header {row + 1} value
        </label>
        <Input
          id={fieldId(valueField)}
          placeholder="application/json"
          className="font-mono"
          autoComplete="off"
          aria-invalid={valueError ? true : undefined}
          aria-describedby={describedBy(valueError && errorId(valueField))}
          {...register(valueField)}
        />
        <Button type="button" variant="ghost" size="icon" aria-label={`Remove header ${row + 1}`} onClick={onRemove}>
          <Trash2 aria-hidden />
        </Button>
      </div>
      <FieldMessage id={errorId(nameField)}>{nameError}</FieldMessage>
      <FieldMessage id={errorId(valueField)}>{valueError}</FieldMessage>
    </div>
  );
}
