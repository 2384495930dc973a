import type { AppRef } from "./app-pattern";
import type { PersonAccess } from "./person-access";
import { appPermissions } from "./permissions";

// The app list's view of a person's access: which apps to show and what each row's controls say.

/** Whether the person may view every app (admin, or a grant on `*`), so the list needs no filter. */
export function seesAllApps(access: Pick<PersonAccess, "person" | "grants" | "defaultGrant">) {
  return (
    access.person.isAdmin ||
    access.grants.some((grant) => grant.appPattern === "*") ||
    access.defaultGrant?.appPattern === "*"
  );
}

export const canViewApp = (access: Pick<PersonAccess, "roleOn">, app: AppRef) =>
  access.roleOn(app) !== null;

/** AppId → why "New version" is disabled on that row, for the apps that refuse it. */
export function createRefusalsFor(
  access: Pick<PersonAccess, "roleOn">,
  apps: readonly { appId: string; name: string }[],
): Record<string, string> {
  const refusals: Record<string, string> = {};
  for (const app of apps) {
    const role = access.roleOn({ id: app.appId, name: app.name });
    const refusal = appPermissions(app.name || app.appId, role).refusals["version.create"];
    if (refusal) refusals[app.appId] = refusal;
  }
  return refusals;
}
