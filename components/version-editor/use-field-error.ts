"use client";

import { get, useFormState, type FieldPath } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

/** The error message of one field, subscribing to that field only (typing elsewhere doesn't re-render). */
export function useFieldError(name: FieldPath<VersionForm> | string): string | undefined {
  const { errors } = useFormState<VersionForm>({ name: name as FieldPath<VersionForm> });
  const error = get(errors, name) as { message?: string } | undefined;
  return error?.message;
}
