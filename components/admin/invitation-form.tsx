"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslations } from "next-intl";

import { TimeStamp } from "@/components/audit/time-stamp";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { InvitationInput } from "@/lib/admin/form-schemas";
import { lazyResolver } from "@/components/forms/lazy-resolver";

import { applyFailure, unreachable, type ActionAnswer } from "./apply-result";
import { FormAlert } from "./form-alert";
import { FormField } from "./form-field";

type CreateAnswer = ActionAnswer | { ok: true; path: string; email: string; expiresAt: string };

interface InvitationFormProps {
  createInvitation: (input: InvitationInput) => Promise<CreateAnswer>;
}

/** Invites a person by email; the single-use link is shown here once, to copy and pass on. */
const invitation = lazyResolver(() => import("./resolvers").then((m) => m.invitationResolver));

export function InvitationForm({ createInvitation }: InvitationFormProps) {
  const t = useTranslations("admin.invitationForm");
  const form = useForm<InvitationInput>({ resolver: invitation.resolver, defaultValues: { email: "" } });
  const [created, setCreated] = useState<{ link: string; email: string; expiresAt: string } | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    const answer = await createInvitation(values).catch(() => unreachable);
    if (!answer.ok || !("path" in answer)) return applyFailure(form, answer);
    setCreated({ link: new URL(answer.path, window.location.origin).toString(), email: answer.email, expiresAt: answer.expiresAt });
    form.reset({ email: "" });
  });

  return (
    <div className="grid gap-4">
      <form onSubmit={onSubmit} onFocus={invitation.warm} noValidate className="flex flex-wrap items-start gap-3" aria-label={t("formLabel")}>
        <FormField form={form} name="email" idPrefix="invite" label={t("email")} type="email" placeholder={t("emailExample")} className="w-80" />
        <Button type="submit" className="mt-7" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
        <div className="basis-full">
          <FormAlert form={form} />
        </div>
      </form>
      {created && (
        <section aria-label={t("createdLabel")} className="grid gap-2 rounded-md border border-success/40 bg-success-background p-3">
          <p className="text-sm">
            {t.rich("created", {
              email: created.email,
              expires: () => <TimeStamp value={created.expiresAt} />,
              b: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
          <div className="flex items-center gap-2">
            <Label htmlFor="invitation-link" className="sr-only">
              {t("link")}
            </Label>
            <Input id="invitation-link" readOnly value={created.link} className="font-mono" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton value={created.link} label={t("copyLink")} />
          </div>
        </section>
      )}
    </div>
  );
}
