import type { AppRole } from "./roles";

// Who may do what on an app: the one table the guard's callers and the UI's disabled controls
// read, so a button is never enabled for something the server refuses (issue 17, section 3).

export const APP_ACTIONS = {
  "app.view": { needs: "viewer", purpose: "view" },
  "version.view": { needs: "viewer", purpose: "view" },
  "version.create": { needs: "submitter", purpose: "create" },
  "version.validate": { needs: "submitter", purpose: "validate" },
  "version.reveal-secrets": { needs: "submitter", purpose: "reveal" },
  "release.publish-production": { needs: "releaser", purpose: "publishing to production" },
  "release.approve": { needs: "releaser", purpose: "approving production releases" },
  "release.view": { needs: "viewer", purpose: "view" },
  "release.publish-staging": { needs: "releaser", purpose: "publishing to staging" },
  "release.rollback": { needs: "releaser", purpose: "rolling back production" },
  "version.delete": { needs: "releaser", purpose: "deleting versions" },
  // The registry picker's reads (issue 20): refusals are audited, reads are not one by one.
  "registry.read": { needs: "submitter", purpose: "registry.read" },
} as const satisfies Record<string, { needs: AppRole; purpose: string }>;

export type AppAction = keyof typeof APP_ACTIONS;

/** The guard options for an action: its audit name, the role it needs and why. */
export function appActionPolicy(action: AppAction) {
  return { action, ...APP_ACTIONS[action] };
}
