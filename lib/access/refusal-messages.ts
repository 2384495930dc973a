import type { AppRole } from "./roles";

// The sentences people read when the portal refuses them or disables a control. Pure: the
// server's refusals and the client's disabled buttons say the same thing.

/** What an action needing a role is, for "… needs submitter". */
export type AccessPurpose = "view" | "create" | "validate" | "reveal" | string;

const PURPOSE: Record<string, string> = {
  view: "viewing this app",
  create: "creating versions",
  validate: "checking a version (dry run)",
  reveal: "revealing secret values",
  "registry.read": "picking images from Container Registry",
};

function purposeText(purpose: AccessPurpose): string {
  return PURPOSE[purpose] ?? purpose;
}

/** "You have viewer access to shop-eu; creating versions needs submitter." */
export function roleNeededMessage(
  appName: string,
  role: AppRole | null,
  needs: AppRole,
  purpose: AccessPurpose,
): string {
  const have = role ? `You have ${role} access to ${appName}` : `You have no access to ${appName}`;
  return `${have}; ${purposeText(purpose)} needs ${needs}. Ask an administrator for a grant.`;
}

export const NOT_SIGNED_IN_MESSAGE = "Your session has ended. Sign in again, then retry.";

export const ADMIN_NEEDED_MESSAGE = "This needs an administrator. Ask one to do it for you.";

export const NO_SUCH_APP_MESSAGE =
  "ESA has no application with this ID. Choose an application from the list.";
