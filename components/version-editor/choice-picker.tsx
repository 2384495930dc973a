"use client";

import { useTranslations } from "next-intl";
import { useFormContext, type FieldPath } from "react-hook-form";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import { FieldMessage } from "@/components/ui/field";
import { cn } from "@/lib/utils";
import type { VersionForm } from "@/lib/version/schema";
import { describedBy, errorId, fieldId } from "./field-ids";
import { useFieldError } from "./use-field-error";

export type Choice = { value: string; title: string; detail?: string };

type ChoicePickerProps = {
  name: FieldPath<VersionForm>;
  legend: string;
  choices: readonly Choice[];
  columns?: string;
};

/**
 * A radio group drawn as selectable tiles: every published value visible at once. Native radio
 * inputs sharing a `name` (transparent, covering their tile, so a click anywhere on it lands on the
 * input itself), registered with react-hook-form (uncontrolled): the browser gives one Tab
 * stop entered at the checked tile and arrow keys that move and select. A script radio group
 * (Radix) put a keydown and a keyup listener on the document for every tile: with 30 containers,
 * ~1,000 listeners ran on every keystroke anywhere on the page.
 */
export function ChoicePicker({
  name,
  legend,
  choices,
  columns = "grid-cols-2 sm:grid-cols-4",
}: ChoicePickerProps) {
  const { register } = useFormContext<VersionForm>();
  const t = useTranslations("editor.card");
  // A detail may come from lib as a message reference (a spec spelled out).
  const render = useRenderMessage();
  const error = useFieldError(name);
  const id = fieldId(name);
  const field = register(name);
  return (
    <div className="grid gap-2">
      <span id={`${id}-legend`} className="text-sm font-medium">
        {legend}
      </span>
      <div
        role="radiogroup"
        id={id}
        aria-labelledby={`${id}-legend`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId(name))}
        className={cn("grid gap-2", columns)}
      >
        {choices.map((c) => {
          const detail = c.detail ? render(c.detail) : undefined;
          return (
          <label
            key={c.value}
            className={cn(
              "relative cursor-pointer rounded-md border border-input bg-background px-3 py-2 text-left text-sm",
              "hover:bg-muted has-checked:border-primary has-checked:bg-primary/10 has-checked:ring-1 has-checked:ring-primary",
              "has-focus-visible:ring-2 has-focus-visible:ring-ring",
            )}
          >
            <input
              type="radio"
              {...field}
              value={c.value}
              aria-label={detail ? t("choiceLabel", { title: c.title, detail }) : c.title}
              className="absolute inset-0 m-0 size-full cursor-pointer appearance-none rounded-md opacity-0"
            />
            <span className="block font-mono font-semibold">{c.title}</span>
            {detail && <span className="block text-xs text-muted-foreground">{detail}</span>}
          </label>
          );
        })}
      </div>
      <FieldMessage id={errorId(name)}>{error}</FieldMessage>
    </div>
  );
}
