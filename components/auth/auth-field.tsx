import type { UseFormRegisterReturn } from "react-hook-form";

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

/** A labelled input whose error is marked on it and read with it (aria-invalid, aria-describedby). */
export function AuthField({ id, label, type = "text", autoComplete, error, registration }: AuthFieldProps) {
  const errorId = `${id}-error`;
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
      <FieldMessage id={errorId}>{error}</FieldMessage>
    </Field>
  );
}
