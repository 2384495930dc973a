"use client";

import { useRef, useState } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { toast } from "sonner";
import type { CreateVersionResult } from "@/lib/version/create-result";
import type { VersionForm } from "@/lib/version/schema";

export type CreateVersionAction = (values: VersionForm) => Promise<CreateVersionResult>;
export type ValidateVersionAction = (values: VersionForm) => Promise<{ ok: true; message: string } | Extract<CreateVersionResult, { ok: false }>>;

export type Outcome = CreateVersionResult | { ok: true; validated: true; message: string };

const NETWORK_FAILURE = {
  ok: false as const,
  code: "NetworkError",
  message: "The dashboard's server could not be reached. Your values are kept: check your connection and submit again (the version name prevents a duplicate).",
};

/** Create and dry-run calls, their outcome, and server field errors put back on the form. */
export function useSubmission(form: UseFormReturn<VersionForm>, actions: { create: CreateVersionAction; validate: ValidateVersionAction }, onCreated: () => void, focusErrors: () => void) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState<"create" | "validate" | null>(null);
  const busy = useRef(false); // a second click before React re-renders must not send twice

  const applyFieldErrors = (result: Extract<CreateVersionResult, { ok: false }>) => {
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
      if ("versionId" in result) toast.success(result.alreadyCreated && !result.answerLost ? `Version ${result.versionId} already existed` : `Version ${result.versionId} created`);
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
