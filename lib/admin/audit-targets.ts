import "server-only";

import { readGrant } from "@/lib/db/access-store";
import { listOpenInvitations } from "@/lib/db/identity-store";
import { readPersonName } from "@/lib/db/people-store";
import type { Db } from "@/lib/db/types";

import { grantInputSchema, idInputSchema, invitationInputSchema, personStandingInputSchema } from "./form-schemas";

// What an admin change's audit row names as its target, read before the change so that a
// deleted grant or a disabled person is still recognisable in the log. Untrusted input that does
// not parse gets no target (the change is refused anyway).

export const grantTarget = (grant: { subjectKind: string; subjectId: string; role: string; appPattern: string }) =>
  `${grant.subjectKind}:${grant.subjectId} ${grant.role} on ${grant.appPattern}`;

export async function personTarget(db: Db, input: unknown): Promise<string | null> {
  const parsed = personStandingInputSchema.safeParse(input);
  if (!parsed.success) return null;
  const person = await readPersonName(db, parsed.data.userId);
  return person ? `${person.name} <${person.email}> (${person.id})` : parsed.data.userId;
}

export function grantInputTarget(input: unknown): string | null {
  const parsed = grantInputSchema.safeParse(input);
  return parsed.success ? grantTarget(parsed.data) : null;
}

export async function storedGrantTarget(db: Db, input: unknown): Promise<string | null> {
  const parsed = idInputSchema.safeParse(input);
  if (!parsed.success) return null;
  const grant = await readGrant(db, parsed.data.id);
  return grant ? `#${grant.id} ${grantTarget(grant)}` : `#${parsed.data.id}`;
}

export function invitationTarget(input: unknown): string | null {
  const parsed = invitationInputSchema.safeParse(input);
  return parsed.success ? parsed.data.email : null;
}

export async function storedInvitationTarget(db: Db, input: unknown): Promise<string | null> {
  const parsed = idInputSchema.safeParse(input);
  if (!parsed.success) return null;
  const open = await listOpenInvitations(db);
  const found = open.find((invitation) => invitation.id === parsed.data.id);
  return found ? `#${found.id} ${found.email}` : `#${parsed.data.id}`;
}
