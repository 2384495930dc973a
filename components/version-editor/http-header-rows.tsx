"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldMessage } from "@/components/ui/field";
import type { VersionForm } from "@/lib/version/schema";
import { errorId } from "./field-ids";
import { KeyValueRow } from "./key-value-row";
import { keepFocusOnPress } from "./keep-focus-on-press";
import { useFieldError } from "./use-field-error";

/** Header rows, serialised by the wire builder into the HttpHeaders JSON string. */
export function HttpHeaderRows({ index }: { index: number }) {
  const { control } = useFormContext<VersionForm>();
  const t = useTranslations("editor.probe");
  const name = `containers.${index}.probe.httpGet.headers` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  // A list-level error (the service refusing HttpHeaders as a whole) marks the first control.
  const listError = useFieldError(name);
  return (
    <fieldset className="grid gap-2" aria-describedby={listError ? errorId(name) : undefined}>
      <legend className="mb-2 text-sm font-medium">{t("headers")}</legend>
      {fields.length === 0 && <p className="text-sm text-muted-foreground">{t("noHeaders")}</p>}
      {fields.map((field, row) => (
        <HeaderRow key={field.id} base={`${name}.${row}`} row={row} listError={row === 0 && listError ? { id: errorId(name), message: listError } : undefined} onRemove={() => remove(row)} />
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
        <Plus aria-hidden /> {t("addHeader")}
      </Button>
      <FieldMessage id={errorId(name)}>{listError}</FieldMessage>
    </fieldset>
  );
}

type HeaderRowProps = { base: `containers.${number}.probe.httpGet.headers.${number}`; row: number; listError?: { id: string; message: string }; onRemove: () => void };

function HeaderRow({ base, row, listError, onRemove }: HeaderRowProps) {
  const t = useTranslations("editor.probe");
  const n = row + 1;
  // The placeholders are an example header, the same in every language.
  return (
    <KeyValueRow
      keyCell={{ name: `${base}.name`, label: t("headerName", { n }), placeholder: "Content-Type" }}
      valueCell={{ name: `${base}.value`, label: t("headerValue", { n }), placeholder: "application/json" }}
      removeLabel={t("removeHeader", { n })}
      onRemove={onRemove}
      listError={listError}
    />
  );
}
