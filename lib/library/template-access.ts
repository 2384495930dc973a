import { appMatchesPattern, type AppRef } from "@/lib/access/app-pattern";
import { TEMPLATE_ACTIONS, TEMPLATE_TEAM_ROLE, type TemplateAction } from "@/lib/access/policy";
import { roleAllows, type AppRole } from "@/lib/access/roles";

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
      return "Templates for everyone are made and changed by administrators. Ask one, or save it as personal or for an app pattern.";
    case "owner":
      return owner ? null : "A personal template is its owner's alone.";
    case "team":
      return team()
        ? null
        : `Templates for ${template.appPattern ?? "an app pattern"} are for people with ${TEMPLATE_TEAM_ROLE} on an app it matches; you have none.`;
    case "owner-in-team":
      return owner && team()
        ? null
        : `Only the person who made this template (while still a ${TEMPLATE_TEAM_ROLE} on a matching app) or an administrator may delete it.`;
  }
}

export const templateAllows = (...args: Parameters<typeof templateRefusal>) =>
  templateRefusal(...args) === null;
