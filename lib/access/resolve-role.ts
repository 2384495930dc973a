import { appMatchesPattern, type AppRef } from "./app-pattern";
import { highestRole, type AppRole } from "./roles";

export interface GrantRule {
  subjectKind: "user" | "group";
  subjectId: string;
  role: AppRole;
  appPattern: string;
}

/** A default grant (setting `access.defaultGrant`): what every signed-in person gets. */
export interface DefaultGrant {
  role: AppRole;
  appPattern: string;
}

export interface Person {
  userId: string;
  /** Groups from the last OIDC sign-in; empty for local accounts. */
  groups: readonly string[];
  isAdmin: boolean;
}

/** The grants that apply to a person: their own and their groups'. */
export function grantsForPerson(person: Person, grants: readonly GrantRule[]): GrantRule[] {
  const groups = new Set(person.groups);
  return grants.filter((grant) =>
    grant.subjectKind === "user" ? grant.subjectId === person.userId : groups.has(grant.subjectId),
  );
}

/**
 * A person's role on an app: the highest of their matching grants, or null (no access). The
 * global admin is a releaser everywhere.
 */
export function roleOnApp(
  person: Person,
  grants: readonly GrantRule[],
  app: AppRef,
  defaultGrant: DefaultGrant | null = null,
): AppRole | null {
  if (person.isAdmin) return "releaser";
  const applicable: DefaultGrant[] = grantsForPerson(person, grants);
  if (defaultGrant) applicable.push(defaultGrant);
  return highestRole(
    applicable
      .filter((grant) => appMatchesPattern(grant.appPattern, app))
      .map((grant) => grant.role),
  );
}
