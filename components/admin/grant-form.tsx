"use client";

import { useEffect, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { toast } from "@/components/ui/toast";

import { Button } from "@/components/ui/button";
import type { AppRef } from "@/lib/access/app-pattern";
import { APP_ROLES } from "@/lib/access/roles";
import type { GrantInput } from "@/lib/admin/form-schemas";
import { lazyResolver } from "@/components/forms/lazy-resolver";

import { applyFailure, unreachable, type ActionAnswer } from "./apply-result";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";
import { PatternPreview } from "./pattern-preview";

interface GrantFormProps {
  people: { id: string; name: string; email: string }[];
  apps: AppRef[] | null;
  addGrant: (input: GrantInput) => Promise<ActionAnswer>;
}

const grant = lazyResolver(() => import("./resolvers").then((m) => m.grantResolver));

export function GrantForm({ people, apps, addGrant }: GrantFormProps) {
  const t = useTranslations("admin.grantForm");
  const roles = useTranslations("access.role");
  const kindOptions = [
    { value: "user", label: t("kindPerson") },
    { value: "group", label: t("kindGroup") },
  ];
  const roleOptions = APP_ROLES.map((role) => ({ value: role, label: roles(role) }));
  const form = useForm<GrantInput>({
    resolver: grant.resolver,
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
    toast.success(t("grantedToast", { role: roles(values.role), pattern: values.appPattern.trim() }));
    form.reset({ ...values, subjectId: values.subjectKind === "group" ? "" : values.subjectId, appPattern: "" });
  });

  const personOptions = [{ value: "", label: t("choosePerson") }, ...people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }))];
  return (
    <form onSubmit={onSubmit} onFocus={grant.warm} noValidate aria-label={t("formLabel")} className="grid gap-3">
      <div className="grid gap-3 md:grid-cols-[10rem_1fr_10rem]">
        <FormField form={form} name="subjectKind" idPrefix="grant" label={t("subject")} options={kindOptions} />
        {kind === "group" ? (
          <FormField form={form} name="subjectId" idPrefix="grant" label={t("group")} placeholder={t("groupExample")} mono />
        ) : (
          <FormField form={form} name="subjectId" idPrefix="grant" label={t("person")} options={personOptions} />
        )}
        <FormField form={form} name="role" idPrefix="grant" label={t("role")} options={roleOptions} />
      </div>
      <FormField
        form={form}
        name="appPattern"
        idPrefix="grant"
        label={t("appPattern")}
        placeholder={t("appPatternExample")}
        description={t("appPatternHint")}
        describedBy="grant-pattern-preview"
        mono
      />
      <PatternPreview id="grant-pattern-preview" pattern={pattern ?? ""} apps={apps} />
      <FormAlert form={form} />
      <div>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
