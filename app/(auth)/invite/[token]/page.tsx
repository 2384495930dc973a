import type { Metadata } from "next";
import Link from "next/link";

import { InvitationForm } from "@/components/auth/invitation-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { SIGN_IN_PATH } from "@/lib/auth/gate-rules";
import { inspectInvitation } from "@/lib/auth/invitations";
import { getDb } from "@/lib/db/handle";

import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Accept invitation" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await inspectInvitation(await getDb(), token);
  if (!invitation.ok) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Invitation</h1>
        <Alert variant="destructive">
          <AlertDescription>{invitation.message}</AlertDescription>
        </Alert>
        <Link href={SIGN_IN_PATH} className="text-sm underline">
          Go to sign-in
        </Link>
      </>
    );
  }
  return (
    <>
      <div className="grid gap-2">
        <h1 className="text-2xl font-semibold">Join Version Studio</h1>
        <p className="text-sm text-muted-foreground">
          You are invited as <strong className="text-foreground">{invitation.email}</strong>. Choose
          the name others see and your password.
        </p>
      </div>
      <InvitationForm accept={acceptInvitationAction.bind(null, token)} />
    </>
  );
}
