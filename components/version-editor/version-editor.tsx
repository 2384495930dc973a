"use client";

import { useRef, useState } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { toast } from "sonner";
import type { CreateVersionResult } from "@/lib/version/create-result";
import { versionFormSchema, type VersionForm } from "@/lib/version/schema";
import { cn } from "@/lib/utils";
import { ContainerList } from "./container-list";
import { focusFirstInvalid } from "./focus-first-invalid";
import { PreviewPanel } from "./preview-panel";
import { SubmitBar } from "./submit-bar";
import { SubmitOutcome } from "./submit-outcome";
import { VersionFields, type AppChoice } from "./version-fields";

export type CreateVersionAction = (values: VersionForm) => Promise<CreateVersionResult>;

type VersionEditorProps = {
  apps: AppChoice[];
  initialValues: VersionForm;
  action: CreateVersionAction;
};

export function VersionEditor({ apps, initialValues, action }: VersionEditorProps) {
  const form = useForm<VersionForm>({
    resolver: zodResolver(versionFormSchema),
    defaultValues: initialValues,
    mode: "onTouched",
    shouldFocusError: false, // focusFirstInvalid also reaches fields inside cards that open on error
  });
  const formRef = useRef<HTMLFormElement>(null);
  const submitting = useRef(false);
  const [result, setResult] = useState<CreateVersionResult | null>(null);
  const [view, setView] = useState<"form" | "preview">("form");

  const onValid = async (values: VersionForm) => {
    if (submitting.current) return;
    submitting.current = true;
    try {
      const outcome = await action(values);
      setResult(outcome);
      if (outcome.ok) {
        toast.success(outcome.alreadyCreated ? `Version ${outcome.versionId} already existed` : `Version ${outcome.versionId} created`);
        return;
      }
      for (const fe of outcome.fieldErrors ?? []) {
        form.setError(fe.path as FieldPath<VersionForm>, { type: "server", message: fe.message });
      }
      if (outcome.fieldErrors?.length) focusFirstInvalid(formRef.current);
    } catch {
      // The action itself never throws; this is the network between browser and server failing.
      setResult({ ok: false, code: "NetworkError", message: "The dashboard's server could not be reached. Your values are kept: check your connection and submit again." });
    } finally {
      submitting.current = false;
    }
  };

  const onInvalid = () => {
    setView("form");
    focusFirstInvalid(formRef.current);
  };

  return (
    <FormProvider {...form}>
      <div className="mb-4 flex gap-2 lg:hidden" role="group" aria-label="Editor view">
        {(["form", "preview"] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => setView(v)}
            className="rounded-md border border-input px-3 py-1 text-sm aria-pressed:bg-primary aria-pressed:text-primary-foreground"
          >
            {v === "form" ? "Edit" : "Preview"}
          </button>
        ))}
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <form
          ref={formRef}
          noValidate
          aria-label="New version"
          onSubmit={(e) => form.handleSubmit(onValid, onInvalid)(e)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              formRef.current?.requestSubmit();
            }
          }}
          className={cn("grid min-w-0 content-start gap-8 [&>*]:min-w-0", view === "preview" && "hidden lg:grid")}
        >
          <VersionFields apps={apps} />
          <ContainerList />
          <SubmitOutcome result={result} />
          <SubmitBar />
        </form>
        <aside className={cn("min-w-0 lg:sticky lg:top-4 lg:self-start", view === "form" && "hidden lg:block")}>
          <PreviewPanel control={form.control} />
        </aside>
      </div>
    </FormProvider>
  );
}
