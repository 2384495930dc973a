"use client";

import { useCallback } from "react";
import type { FieldValues, Resolver } from "react-hook-form";

import { useRenderMessage } from "@/components/i18n/use-render-message";

type Render = (text: string | undefined) => string;

/** A copy of react-hook-form's errors with every message in words (references rendered). */
function renderErrors(errors: unknown, render: Render): unknown {
  if (!errors || typeof errors !== "object") return errors;
  if (Array.isArray(errors)) return errors.map((item) => renderErrors(item, render));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(errors)) {
    // `ref` is the field's element: never walked.
    if (key === "ref") out[key] = value;
    else if (key === "message" && typeof value === "string") out[key] = render(value);
    else out[key] = renderErrors(value, render);
  }
  return out;
}

/**
 * The shared schema's resolver, its messages put into words in the page's language: the schemas
 * give message references (lib/i18n/message-ref.ts), and every field shows plain text.
 */
export function useRenderedResolver<V extends FieldValues, C, O>(
  resolver: Resolver<V, C, O>,
): Resolver<V, C, O> {
  const render = useRenderMessage();
  return useCallback<Resolver<V, C, O>>(
    async (values, context, options) => {
      const result = await resolver(values, context, options);
      return { ...result, errors: renderErrors(result.errors, render) } as typeof result;
    },
    [resolver, render],
  );
}
