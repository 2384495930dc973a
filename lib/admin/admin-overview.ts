import "server-only";

import { readDefaultGrant } from "@/lib/access/person-access";
import { listAllGrants } from "@/lib/db/access-store";
import { listOpenInvitations } from "@/lib/db/identity-store";
import { listPeople } from "@/lib/db/people-store";
import type { Db } from "@/lib/db/types";
import { EsaError } from "@/lib/esa/errors";
import { listEveryApp, type AppCatalogEntry } from "@/lib/esa/app-catalog";

// Everything the admin page shows, as plain data for its client components.

export async function loadAdminOverview(db: Db) {
  const [people, invitations, grants, defaultGrant, apps] = await Promise.all([
    listPeople(db),
    listOpenInvitations(db),
    listAllGrants(db),
    readDefaultGrant(db),
    appsOrNull(),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  return {
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      email: person.email,
      /** better-auth's provider ids (credential, oidc); the people table words them. */
      signsInWith: person.providers,
      isAdmin: person.isAdmin,
      disabled: person.disabled,
      lastSeenAt: person.lastSeenAt?.toISOString() ?? null,
    })),
    invitations: invitations.map((invitation) => ({
      id: invitation.id,
      email: invitation.email,
      createdAt: invitation.createdAt.toISOString(),
      expiresAt: invitation.expiresAt.toISOString(),
    })),
    grants: grants.map((grant) => {
      const person = grant.subjectKind === "user" ? byId.get(grant.subjectId) : undefined;
      return {
        id: grant.id,
        subjectKind: grant.subjectKind,
        subject: person ? `${person.name} (${person.email})` : grant.subjectId,
        role: grant.role,
        appPattern: grant.appPattern,
      };
    }),
    defaultGrant,
    apps,
  };
}

/** The app list for the pattern previews; null (no preview) when ESA cannot be reached. */
async function appsOrNull(): Promise<AppCatalogEntry[] | null> {
  try {
    return await listEveryApp();
  } catch (error) {
    if (error instanceof EsaError) return null;
    throw error;
  }
}
