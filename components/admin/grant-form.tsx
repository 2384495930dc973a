"use client";

import { useEffect, useRef } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";

import { Button } from "@/components/ui/button";
import type { AppRef } from "@/lib/access/app-pattern";
import { APP_ROLES } from "@/lib/access/roles";
import { grantInputSchema, type GrantInput } from "@/lib/admin/form-schemas";

import { applyFailure, unreachable, type ActionAnswer } from "./apply-result";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PatternPreview } from "./pattern-preview";

interface GrantFormProps {
  people: { id: string; name: string; email: string }[];
  apps: AppRef[] | null;
  addGrant: (input: GrantInput) => Promise<ActionAnswer>;
}

const KIND_OPTIONS = [
  { value: "user", label: "Person" },
  { value: "group", label: "OIDC group" },
] as const;
const ROLE_OPTIONS = APP_ROLES.map((role) => ({ value: role, label: role }));

export function GrantForm({ people, apps, addGrant }: GrantFormProps) {
  const form = useForm<GrantInput>({
    resolver: zodResolver(grantInputSchema),
    defaultValues: { subjectKind: "user", subjectId: "", role: "viewer", appPattern: "" },
  });
  const [kind, pattern] = useWatch({ control: form.control, name: ["subjectKind", "appPattern"] });
  // A person's id and a group's name are different things: switching kind starts the subject over.
  const lastKind = useRef(kind);
  useEffect(() => {
    if (lastKind.current !== kind) form.setValue("subjectId", "");
    lastKind.current = kind;
  }, [kind, form]);

  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await addGrant(values).catch(() => unreachable);
    if (!answer.ok) return applyFailure(form, answer);
    toast.success(`Granted ${values.role} on ${values.appPattern.trim()}.`);
    form.reset({ ...values, subjectId: values.subjectKind === "group" ? "" : values.subjectId, appPattern: "" });
  });

  const personOptions = [{ value: "", label: "Choose a person" }, ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))];
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Add a grant" className="grid gap-3">
      <div className="grid gap-3 md:grid-cols-[10rem_1fr_10rem]">
        <FormField form={form} name="subjectKind" idPrefix="grant" label="Subject" options={KIND_OPTIONS} />
        {kind === "group" ? (
          <FormField form={form} name="subjectId" idPrefix="grant" label="Group" placeholder="team-shop" mono />
        ) : (
          <FormField form={form} name="subjectId" idPrefix="grant" label="Person" options={personOptions} />
        )}
        <FormField form={form} name="role" idPrefix="grant" label="Role" options={ROLE_OPTIONS} />
      </div>
      <FormField
        form={form}
        name="appPattern"
        idPrefix="grant"
        label="App pattern"
        placeholder="shop-*"
        description="An AppId, an app name, a name with * wildcards (shop-*), or * for every app."
        describedBy="grant-pattern-preview"
        mono
      />
      <PatternPreview id="grant-pattern-preview" pattern={pattern ?? ""} apps={apps} />
      <FormAlert form={form} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          Add grant
        </Button>
      </div>
    </form>
  );
}
