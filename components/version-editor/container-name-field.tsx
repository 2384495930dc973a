"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { Field, FieldDescription, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { VersionForm } from "@/lib/version/schema";
import { useDuplicateOf } from "./duplicate-names";
import { describedBy, descriptionId, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

export function ContainerNameField({ index }: { index: number }) {
  const { register } = useFormContext<VersionForm>();
  const t = useTranslations("editor.card");
  const name = `containers.${index}.name` as const;
  const schemaError = useFieldError(name);
  const duplicateOf = useDuplicateOf(index);
  const error =
    schemaError ?? (duplicateOf !== undefined ? t("duplicateName", { other: duplicateOf + 1 }) : undefined);
  return (
    <Field>
      <Label htmlFor={fieldId(name)}>{t("name")}</Label>
      <Input
        id={fieldId(name)}
        // eslint-disable-next-line i18next/no-literal-string -- an example container name, the same in every language
        placeholder="web"
        className="font-mono"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(descriptionId(name), error && errorId(name))}
        {...register(name)}
      />
      <FieldDescription id={descriptionId(name)}>{t("nameHint")}</FieldDescription>
      <FieldMessage id={errorId(name)}>{error}</FieldMessage>
    </Field>
  );
}
