"use client";

import { Controller, useFormContext, type FieldPath } from "react-hook-form";
import { FieldMessage } from "@/components/ui/field";
import { RadioGroup as RadioGroupPrimitive } from "radix-ui";
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

/** A radio group drawn as selectable tiles: every published value visible at once, arrow keys to move. */
export function ChoicePicker({ name, legend, choices, columns = "grid-cols-2 sm:grid-cols-4" }: ChoicePickerProps) {
  const { control } = useFormContext<VersionForm>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div role="group" aria-labelledby={`${id}-legend`} className="grid gap-2">
      <span id={`${id}-legend`} className="text-sm font-medium">
        {legend}
      </span>
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <RadioGroupPrimitive.Root
            ref={field.ref}
            id={id}
            value={String(field.value ?? "")}
            onValueChange={field.onChange}
            onBlur={field.onBlur}
            aria-labelledby={`${id}-legend`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && errorId(name))}
            className={cn("grid gap-2", columns)}
          >
            {choices.map((c) => (
              <RadioGroupPrimitive.Item
                key={c.value}
                value={c.value}
                aria-label={c.detail ? `${c.title}, ${c.detail}` : c.title}
                className={cn(
                  "rounded-md border border-input bg-background px-3 py-2 text-left text-sm transition-colors",
                  "hover:bg-muted data-[state=checked]:border-primary data-[state=checked]:bg-primary/10 data-[state=checked]:ring-1 data-[state=checked]:ring-primary",
                  "focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-hidden",
                )}
              >
                <span className="block font-mono font-semibold">{c.title}</span>
                {c.detail && <span className="block text-xs text-muted-foreground">{c.detail}</span>}
              </RadioGroupPrimitive.Item>
            ))}
          </RadioGroupPrimitive.Root>
        )}
      />
      <FieldMessage id={errorId(name)}>{error}</FieldMessage>
    </div>
  );
}
