"use client";

import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";

import type { LazyResolver } from "@/components/forms/lazy-resolver";

import type { AccountFormResult, FieldErrors } from "@/lib/auth/account-schema";

/**
 * A react-hook-form form on one of the account schemas whose server answer is an
 * AccountFormResult: its field errors land on their fields (focus on the first), its message in
 * the form's alert, and success moves the browser on with a full load (the new session's pages).
 */
export function useAccountForm<V extends FieldValues>(
  validation: LazyResolver<V>,
  defaultValues: DefaultValues<V>,
  submit: (values: V) => Promise<AccountFormResult>,
  successPath: string,
) {
  const form = useForm<V>({ resolver: validation.resolver, defaultValues });
  const [message, setMessage] = useState<string | null>(null);
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await submit(values);
    if (result.ok) {
      window.location.assign(successPath);
      return;
    }
    showFieldErrors(result.fieldErrors ?? {}, (field, text, focus) =>
      form.setError(field as Path<V>, { message: text }, { shouldFocus: focus }),
    );
    setMessage(result.message);
  });
  return { form, onSubmit, message, warm: validation.warm };
}

function showFieldErrors(
  errors: FieldErrors,
  setError: (field: string, message: string, focus: boolean) => void,
): void {
  Object.entries(errors).forEach(([field, text], index) => {
    if (text) setError(field, text, index === 0);
  });
}
