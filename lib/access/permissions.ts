import { APP_ACTIONS, type AppAction } from "./policy";
import { roleNeededMessage } from "./refusal-messages";
import { roleAllows, type AppRole } from "./roles";

// What a person may do on one app, as plain data for client components: each action either
// allowed or refused with the sentence the server would answer. Built on the server from the
// guard's role; the server still checks every request itself.

export interface AppPermissions {
  role: AppRole | null;
  /** Absent: allowed. Present: why not, for a disabled control's explanation. */
  refusals: Partial<Record<AppAction, string>>;
}

export function appPermissions(appName: string, role: AppRole | null): AppPermissions {
  const refusals: AppPermissions["refusals"] = {};
  for (const [action, { needs, purpose }] of Object.entries(APP_ACTIONS) as [
    AppAction,
    (typeof APP_ACTIONS)[AppAction],
  ][]) {
    if (!roleAllows(role, needs))
      refusals[action] = roleNeededMessage(appName, role, needs, purpose);
  }
  return { role, refusals };
}
