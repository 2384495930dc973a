"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import {
  actionFailure,
  type ActionFailure,
  type CreateVersionResult,
  type ValidateVersionResult,
} from "@/lib/submit/results";
import { msg } from "@/lib/i18n/message-ref";
import { changeConcerns } from "@/lib/version/field-path-match";
import type { VersionForm } from "@/lib/version/schema";

/** `library`: the templates the version started from and the draft copy edited (issue 19). */
export type CreateVersionAction = (
  values: VersionForm,
  library?: { templates: { id: string; revision: number }[]; draftCopy: number },
) => Promise<CreateVersionResult>;
export type ValidateVersionAction = (values: VersionForm) => Promise<ValidateVersionResult>;

export type Outcome = CreateVersionResult | { ok: true; validated: true; message: string };

// A reference: SubmitOutcome puts it into words.
const NETWORK_FAILURE = actionFailure("NetworkError", msg("editor.submitBar.networkFailure"));

/** Create and dry-run calls, their outcome, and server field errors put back on the form. */
export function useSubmission(form: UseFormReturn<VersionForm>, actions: { create: CreateVersionAction; validate: ValidateVersionAction }, onCreated: () => void, focusErrors: () => void) {
  const t = useTranslations("editor.submitBar");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<"create" | "validate" | null>(null);
  const busy = useRef(false); // a second click before React re-renders must not send twice

  // A refusal that named fields is stale once one of them changes: it goes then, not on the next submit.
  const namedPaths = outcome && !outcome.ok ? (outcome.fieldErrors ?? []).map((fe) => fe.path) : [];
  const named = namedPaths.join("\n");
  useEffect(() => {
    if (named === "") return;
    const paths = named.split("\n");
    const sub = form.watch((_, { name }) => {
      if (name && paths.some((p) => changeConcerns(p, name))) setOutcome(null);
    });
    return () => sub.unsubscribe();
  }, [form, named]);

  const applyFieldErrors = (result: ActionFailure) => {
    for (const fe of result.fieldErrors ?? []) form.setError(fe.path as FieldPath<VersionForm>, { type: "server", message: fe.message });
    if (result.fieldErrors?.length) focusErrors();
  };

  const run = async <T,>(kind: "create" | "validate", call: () => Promise<T>): Promise<T | typeof NETWORK_FAILURE | null> => {
    if (busy.current) return null;
    busy.current = true;
    setPending(kind);
    try {
      return await call();
    } catch {
      return NETWORK_FAILURE; // the actions never throw; this is the browser-to-server hop failing
    } finally {
      busy.current = false;
      setPending(null);
    }
  };

  const create = async (values: VersionForm) => {
    const result = await run("create", () => actions.create(values));
    if (!result) return;
    setOutcome(result);
    if (result.ok) {
      onCreated();
      if ("versionId" in result) toast.success(t(result.alreadyCreated && !result.answerLost ? "existedToast" : "createdToast", { versionId: result.versionId }));
    } else applyFieldErrors(result);
  };

  const validate = async (values: VersionForm) => {
    form.clearErrors();
    const result = await run("validate", () => actions.validate(values));
    if (!result) return;
    setOutcome(result.ok ? { ok: true, validated: true, message: result.message } : result);
    if (!result.ok) applyFieldErrors(result);
  };

  return { outcome, pending, create, validate };
}
