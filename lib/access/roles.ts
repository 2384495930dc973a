// Roles on an app, each including the ones before it; the global admin includes them all.

export const APP_ROLES = ["viewer", "submitter", "releaser"] as const;
export type AppRole = (typeof APP_ROLES)[number];

export const isAppRole = (value: unknown): value is AppRole =>
  typeof value === "string" && (APP_ROLES as readonly string[]).includes(value);

export const roleRank = (role: AppRole): number => APP_ROLES.indexOf(role);

/** Whether `role` (or no role) is enough for an action that needs `needed`. */
export function roleAllows(role: AppRole | null, needed: AppRole): boolean {
  return role !== null && roleRank(role) >= roleRank(needed);
}

export function highestRole(roles: Iterable<AppRole>): AppRole | null {
  let best: AppRole | null = null;
  for (const role of roles) if (best === null || roleRank(role) > roleRank(best)) best = role;
  return best;
}
