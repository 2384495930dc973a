"use client";

import { get, useFormState, type FieldPath } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

// Which errors the editor shows: those of touched fields, every error once the form was submitted,
// and errors the server reported. react-hook-form validates a whole field array after append,
// insert, remove or move (in every mode but onSubmit/onBlur), which would otherwise flag untouched
// fields of every container the moment one is added, and lock their cards open.

type ErrorTree = { message?: unknown; type?: unknown; [key: string]: unknown };

function isShown(error: ErrorTree, touched: unknown, isSubmitted: boolean): boolean {
  return isSubmitted || error.type === "server" || Boolean(touched);
}

/** The error message of one field, subscribing to that field only (typing elsewhere doesn't re-render). */
export function useFieldError(name: FieldPath<VersionForm> | string): string | undefined {
  const { errors, touchedFields, isSubmitted } = useFormState<VersionForm>({ name: name as FieldPath<VersionForm> });
  const error = get(errors, name) as ErrorTree | undefined;
  if (typeof error?.message !== "string" || !isShown(error, get(touchedFields, name), isSubmitted)) return undefined;
  return error.message;
}

/** Whether any error under `error` (a container's, say) is one the editor shows. */
export function hasShownError(error: unknown, touched: unknown, isSubmitted: boolean): boolean {
  if (error === null || typeof error !== "object") return false;
  const tree = error as ErrorTree;
  if (typeof tree.message === "string" && isShown(tree, touched, isSubmitted)) return true;
  return Object.entries(tree).some(
    ([key, child]) => key !== "ref" && key !== "message" && key !== "type" && hasShownError(child, (touched as Record<string, unknown> | undefined)?.[key], isSubmitted),
  );
}
