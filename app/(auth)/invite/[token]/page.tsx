import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

import { InvitationForm } from "@/components/auth/invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { SIGN_IN_PATH } from "@/lib/auth/gate-rules";
import { inspectInvitation } from "@/lib/auth/invitations";
import { getDb } from "@/lib/db/handle";
import { renderForRequest } from "@/lib/i18n/server-translate";

import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invite");
  return { title: t("metaTitle") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth.invite");
  const invitation = await inspectInvitation(await getDb(), token);
  if (!invitation.ok) {
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("refusedTitle")}</h1>
        <Alert variant="destructive">
          <AlertDescription>{await renderForRequest(invitation.message)}</AlertDescription>
        </Alert>
        <Link href={SIGN_IN_PATH} className="text-sm underline">
          {t("toSignIn")}
        </Link>
      </>
    );
  }
  return (
    <>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-muted-foreground">
          {t.rich("intro", {
            email: invitation.email,
            b: (chunks) => <strong className="text-foreground">{chunks}</strong>,
          })}
        </p>
      </div>
      <ClientMessages namespaces={["auth"]}>
        <InvitationForm accept={acceptInvitationAction.bind(null, token)} />
      </ClientMessages>
    </>
  );
}
