import { appMatchesPattern, type AppRef } from "@/lib/access/app-pattern";
import { TEMPLATE_ACTIONS, TEMPLATE_TEAM_ROLE, type TemplateAction } from "@/lib/access/policy";
import { roleAllows, type AppRole } from "@/lib/access/roles";
import { msg } from "@/lib/i18n/message-ref";

import type { TemplateScope } from "./template-input";

// Applies lib/access/policy.ts TEMPLATE_ACTIONS to one person and one template. Pure: the server
// decides with it, and the /templates page disables what it refuses with the same sentences.

export interface LibraryPerson {
  userId: string;
  isAdmin: boolean;
  roleOn(app: AppRef): AppRole | null;
}

export interface TemplateOwnership {
  scope: TemplateScope;
  appPattern: string | null;
  ownerId: string | null;
}

/** Whether the person has submitter on one of `apps` that the pattern matches. */
export function isInTeam(person: LibraryPerson, pattern: string | null, apps: readonly AppRef[]) {
  if (!pattern) return false;
  return apps.some(
    (app) => appMatchesPattern(pattern, app) && roleAllows(person.roleOn(app), TEMPLATE_TEAM_ROLE),
  );
}

/**
 * Why the person may not take `action` on the template, or null when they may. `apps` are the
 * apps known to ESA (for "team": which apps the pattern matches).
 */
export function templateRefusal(
  person: LibraryPerson,
  template: TemplateOwnership,
  action: TemplateAction,
  apps: readonly AppRef[],
): string | null {
  if (person.isAdmin) return null;
  const rule = TEMPLATE_ACTIONS[template.scope][action];
  const owner = template.ownerId !== null && template.ownerId === person.userId;
  const team = () => isInTeam(person, template.appPattern, apps);
  switch (rule) {
    case "signed-in":
      return null;
    case "admin":
      return msg("library.access.adminOnly");
    case "owner":
      return owner ? null : msg("library.access.ownerOnly");
    case "team":
      return team()
        ? null
        : msg("library.access.teamOnly", {
            pattern: template.appPattern ?? msg("library.access.anAppPattern"),
            role: TEMPLATE_TEAM_ROLE,
          });
    case "owner-in-team":
      return owner && team()
        ? null
        : msg("library.access.deleteOwnerInTeam", { role: TEMPLATE_TEAM_ROLE });
  }
}

export const templateAllows = (...args: Parameters<typeof templateRefusal>) =>
  templateRefusal(...args) === null;
