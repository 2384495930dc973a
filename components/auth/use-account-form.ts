"use client";

import { useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";

import type { AccountFormResult, FieldErrors } from "@/lib/auth/account-schema";

/**
 * A react-hook-form form on one of the account schemas whose server answer is an
 * AccountFormResult: its field errors land on their fields (focus on the first), its message in
 * the form's alert, and success moves the browser on with a full load (the new session's pages).
 */
export function useAccountForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: z.input<S>,
  submit: (values: z.output<S>) => Promise<AccountFormResult>,
  successPath: string,
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // zodResolver's overloads cannot follow a generic schema; the types are those of S.
    resolver: zodResolver(schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: defaultValues as never,
  });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await submit(values);
    if (result.ok) {
      window.location.assign(successPath);
      return;
    }
    showFieldErrors(result.fieldErrors ?? {}, (field, text, focus) =>
      form.setError(field as Path<z.input<S>>, { message: text }, { shouldFocus: focus }),
    );
    setMessage(result.message);
  });
  return { form, onSubmit, message };
}

function showFieldErrors(
  errors: FieldErrors,
  setError: (field: string, message: string, focus: boolean) => void,
): void {
  Object.entries(errors).forEach(([field, text], index) => {
    if (text) setError(field, text, index === 0);
  });
}
