"use client";

import { useCallback, useSyncExternalStore } from "react";
import { get, useFormContext, type FieldPath, type FormState } from "react-hook-form";
import { useRenderMessage } from "@/components/i18n/use-render-message";
import type { VersionForm } from "@/lib/version/schema";

// Which errors the editor shows: those of touched fields, every error once the form was submitted,
// and errors the server reported. react-hook-form validates a whole field array after append,
// insert, remove or move (in every mode but onSubmit/onBlur), which would otherwise flag untouched
// fields of every container the moment one is added, and lock their cards open.

type ErrorTree = { message?: unknown; type?: unknown; [key: string]: unknown };

function isShown(error: ErrorTree, touched: unknown, isSubmitted: boolean): boolean {
  return isSubmitted || error.type === "server" || Boolean(touched);
}

/**
 * A value derived from the form state, re-rendering only when that value changes. useFormState
 * re-renders on every state update whose name matches (by prefix: "containers" after an add or
 * move matches every field), which made adding a 30th container re-render ~900 fields twice.
 * The selector returns a primitive, so React compares it cheaply.
 */
export function useFormSelector<T extends string | boolean | undefined>(name: string, select: (state: FormState<VersionForm>) => T): T {
  const { control, subscribe } = useFormContext<VersionForm>();
  const subscribeToStore = useCallback(
    (onChange: () => void) =>
      subscribe({ name: name as FieldPath<VersionForm>, formState: { errors: true, touchedFields: true, isSubmitted: true }, callback: onChange }),
    [subscribe, name],
  );
  // control._formState is the live state react-hook-form's own hooks read.
  const snapshot = () => select(control._formState);
  return useSyncExternalStore(subscribeToStore, snapshot, snapshot);
}

/** The error message of one field in the page's language (the shared schema's messages are
 * references, the server's arrive in words), re-rendering only when that message changes. */
export function useFieldError(name: FieldPath<VersionForm> | string): string | undefined {
  const render = useRenderMessage();
  const message = useFormSelector(name, (state) => {
    const error = get(state.errors, name) as ErrorTree | undefined;
    if (typeof error?.message !== "string" || !isShown(error, get(state.touchedFields, name), state.isSubmitted)) return undefined;
    return error.message;
  });
  return message ? render(message) : undefined;
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
