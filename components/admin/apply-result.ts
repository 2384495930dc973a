"use client";

import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

import { msg } from "@/lib/i18n/message-ref";
import type { ActionFailure } from "@/lib/submit/results";

/** What the admin actions answer (an AdminResult, or the guard's refusal). */
export type ActionAnswer = { ok: true } | ActionFailure;

/**
 * Puts a failed answer on the form: each field error on its field (focus on the first), the
 * message on the form's root. Values stay as typed: nothing is reset on a failure.
 */
export function applyFailure<T extends FieldValues>(form: UseFormReturn<T>, answer: ActionAnswer): void {
  if (answer.ok) return;
  const names = Object.keys(form.getValues());
  const fields = (answer.fieldErrors ?? []).filter((error) => names.includes(error.path));
  fields.forEach((error, index) => {
    form.setError(error.path as Path<T>, { type: "server", message: error.message }, { shouldFocus: index === 0 });
  });
  form.setError("root.server", { type: "server", message: answer.message });
}

/** A failure that reached the client as a thrown error (network, server restart); its message is
 * a reference, put into words where it is shown (FormAlert, the row actions' toast). */
export const unreachable: ActionAnswer = {
  ok: false,
  message: msg("admin.unreachable"),
};
