import type { AppRole } from "./roles";

// Who may do what on an app: the one table the guard's callers and the UI's disabled controls
// read, so a button is never enabled for something the server refuses (issue 17, section 3).
// `purpose` names what the refusal says the role is needed for (lib/access/refusal-messages.ts).

export const APP_ACTIONS = {
  "app.view": { needs: "viewer", purpose: "view" },
  "version.view": { needs: "viewer", purpose: "view" },
  "version.create": { needs: "submitter", purpose: "create" },
  "version.validate": { needs: "submitter", purpose: "validate" },
  "version.reveal-secrets": { needs: "submitter", purpose: "reveal" },
  "release.publish-production": { needs: "releaser", purpose: "publish-production" },
  "release.approve": { needs: "releaser", purpose: "approve" },
  "release.view": { needs: "viewer", purpose: "view" },
  "release.publish-staging": { needs: "releaser", purpose: "publish-staging" },
  "release.rollback": { needs: "releaser", purpose: "rollback" },
  "version.delete": { needs: "releaser", purpose: "delete" },
  // The registry picker's reads (issue 20): refusals are audited, reads are not one by one.
  "registry.read": { needs: "submitter", purpose: "registry.read" },
  // The team library in the editor (issue 19): what the editor itself needs.
  "template.list": { needs: "submitter", purpose: "create" },
  "draft.save": { needs: "submitter", purpose: "create" },
  "draft.copy": { needs: "submitter", purpose: "create" },
  "draft.discard": { needs: "submitter", purpose: "create" },
} as const satisfies Record<string, { needs: AppRole; purpose: string }>;

export type AppAction = keyof typeof APP_ACTIONS;

/** The guard options for an action: its audit name, the role it needs and why. */
export function appActionPolicy(action: AppAction) {
  return { action, ...APP_ACTIONS[action] };
}

/**
 * Who may do what with a team-library template (issue 19), by the template's scope:
 * - "signed-in": anyone signed in;
 * - "owner": the person who made it;
 * - "team": anyone with submitter (or releaser) on an app the template's pattern matches — the
 *   people who could create versions from it there;
 * - "owner-in-team": the owner, while still one of that team;
 * - "admin": administrators only.
 * Administrators may do everything on every scope. Duplicating needs "view" on the original and
 * "create" on the copy's scope; restoring a revision is an edit.
 */
export const TEMPLATE_ACTIONS = {
  personal: { view: "owner", create: "signed-in", edit: "owner", delete: "owner" },
  "app-pattern": { view: "team", create: "team", edit: "team", delete: "owner-in-team" },
  everyone: { view: "signed-in", create: "admin", edit: "admin", delete: "admin" },
} as const satisfies Record<
  "personal" | "app-pattern" | "everyone",
  Record<TemplateAction, "signed-in" | "owner" | "team" | "owner-in-team" | "admin">
>;

export type TemplateAction = "view" | "create" | "edit" | "delete";

/** The role on a matching app that makes someone one of an app-pattern template's team. */
export const TEMPLATE_TEAM_ROLE: AppRole = "submitter";

// Drafts kept on the server are the person's own: the editor's draft.* actions above need what
// the editor needs on the app; My drafts (any signed-in person) lists and discards only their own.
