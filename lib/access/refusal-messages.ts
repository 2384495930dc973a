import { msg } from "@/lib/i18n/message-ref";

import type { AppRole } from "./roles";

// The sentences people read when the portal refuses them or disables a control, as message
// references (lib/i18n/message-ref.ts) put into words where they are shown. Pure: the server's
// refusals and the client's disabled buttons say the same thing.

/** What an action needing a role is, for "… needs submitter". */
export type AccessPurpose = "view" | "create" | "validate" | "reveal" | string;

const PURPOSE_KEYS: Record<string, string> = {
  view: "access.purpose.view",
  create: "access.purpose.create",
  validate: "access.purpose.validate",
  reveal: "access.purpose.reveal",
  "registry.read": "access.purpose.registryRead",
  "publish-production": "access.purpose.publishProduction",
  approve: "access.purpose.approve",
  "publish-staging": "access.purpose.publishStaging",
  rollback: "access.purpose.rollback",
  delete: "access.purpose.delete",
};

/** The purpose as a reference; a purpose without words of its own is shown as its code. */
function purposeRef(purpose: AccessPurpose): string {
  const key = PURPOSE_KEYS[purpose];
  return key ? msg(key) : purpose;
}

/** A role's name in the reader's language (viewer · 查看者). */
export const roleRef = (role: AppRole | "admin"): string => msg(`access.role.${role}`);

/** "You have viewer access to shop-eu; creating versions needs submitter. Ask an administrator for a grant." */
export function roleNeededMessage(
  appName: string,
  role: AppRole | null,
  needs: AppRole,
  purpose: AccessPurpose,
): string {
  const values = { app: appName, purpose: purposeRef(purpose), needs: roleRef(needs) };
  return role
    ? msg("access.refusal.roleTooLow", { ...values, role: roleRef(role) })
    : msg("access.refusal.noAccess", values);
}

export const NOT_SIGNED_IN_MESSAGE = msg("access.refusal.notSignedIn");

export const ADMIN_NEEDED_MESSAGE = msg("access.refusal.adminNeeded");

export const NO_SUCH_APP_MESSAGE = msg("access.refusal.noSuchApp");

export const MALFORMED_APP_ID_MESSAGE = msg("access.refusal.malformedAppId");

/** A server action's handler failed (a bug here, not ESA), with the reference to quote. */
export const unexpectedActionMessage = (reference: string | undefined): string =>
  msg("access.unexpected.action", { reference: reference ?? "none" });

/** A route handler failed (a bug here, not ESA), with the reference to quote. */
export const unexpectedRouteMessage = (reference: string | undefined): string =>
  msg("access.unexpected.route", { reference: reference ?? "none" });
