import "server-only";

import type { PersonAccess } from "@/lib/access/person-access";
import { listEveryApp } from "@/lib/esa/app-catalog";

import { auditScopeFor, type AuditScope } from "./query";

/** The audit entries a person may see, with the account's apps read from ESA now when needed. */
export function auditScopeOf(access: PersonAccess): Promise<AuditScope> {
  return auditScopeFor(access, listEveryApp);
}
