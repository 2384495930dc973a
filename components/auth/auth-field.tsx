"use client";

import type { UseFormRegisterReturn } from "react-hook-form";

import { useRenderMessage } from "@/components/i18n/use-render-message";
import { Field, FieldMessage } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface AuthFieldProps {
  id: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete: string;
  error: string | undefined;
  registration: UseFormRegisterReturn;
}

/** A labelled input whose error (a message reference from the shared schema, or the server's
 * words) is marked on it and read with it (aria-invalid, aria-describedby). */
export function AuthField({ id, label, type = "text", autoComplete, error, registration }: AuthFieldProps) {
  const errorId = `${id}-error`;
  const render = useRenderMessage();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...registration}
      />
      <FieldMessage id={errorId}>{error ? render(error) : undefined}</FieldMessage>
    </Field>
  );
}
