"use client";

import type { FieldValues, UseFormReturn } from "react-hook-form";

import { useRenderMessage } from "@/components/i18n/use-render-message";

/** The form-level message of a failed change (refused, conflict, unreachable). */
export function FormAlert<T extends FieldValues>({ form }: { form: UseFormReturn<T> }) {
  const render = useRenderMessage();
  const message = form.formState.errors.root?.server?.message;
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-destructive">
      {render(message)}
    </p>
  );
}
