"use client";

import { Trash2 } from "lucide-react";
import { useFormContext, type FieldPath } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { VersionForm } from "@/lib/version/schema";
import { describedBy, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

type Cell = { name: FieldPath<VersionForm>; label: string; placeholder: string };

type KeyValueRowProps = {
  keyCell: Cell;
  valueCell: Cell;
  separator?: string;
  removeLabel: string;
  onRemove: () => void;
  /** An error about the whole list, shown on this row's first control (e.g. HttpHeaders refused). */
  listError?: { id: string; message: string };
};

/** One name/value row of a list editor (env variables, probe headers), each cell labelled for screen readers. */
export function KeyValueRow({ keyCell, valueCell, separator, removeLabel, onRemove, listError }: KeyValueRowProps) {
  const keyError = useFieldError(keyCell.name);
  const valueError = useFieldError(valueCell.name);
  return (
    <div className="grid gap-1">
      <div className="flex items-start gap-2">
        <RowInput cell={keyCell} error={keyError} listError={listError} />
        {separator && (
          <span aria-hidden className="pt-2 font-mono text-muted-foreground">
            {separator}
          </span>
        )}
        <RowInput cell={valueCell} error={valueError} />
        <Button type="button" variant="ghost" size="icon" aria-label={removeLabel} onClick={onRemove}>
          <Trash2 aria-hidden />
        </Button>
      </div>
      <FieldMessage id={errorId(keyCell.name)}>{keyError}</FieldMessage>
      <FieldMessage id={errorId(valueCell.name)}>{valueError}</FieldMessage>
    </div>
  );
}

function RowInput({ cell, error, listError }: { cell: Cell; error?: string; listError?: KeyValueRowProps["listError"] }) {
  const { register } = useFormContext<VersionForm>();
  return (
    <>
      <label className="sr-only" htmlFor={fieldId(cell.name)}>
        {cell.label}
      </label>
      <Input
        id={fieldId(cell.name)}
        placeholder={cell.placeholder}
        className="font-mono"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error || listError ? true : undefined}
        aria-describedby={describedBy(error && errorId(cell.name), listError?.id)}
        {...register(cell.name)}
      />
    </>
  );
}
