import { msg } from "@/lib/i18n/message-ref";
import type { ContainerForm } from "@/lib/version/schema";

import type { TemplateKind, TemplateScope } from "./template-input";

// Templates as plain data for pages and client components.

export interface TemplateView {
  id: string;
  name: string;
  description: string;
  kind: TemplateKind;
  scope: TemplateScope;
  appPattern: string | null;
  ownerId: string | null;
  ownerName: string;
  revision: number;
  updatedAt: string;
  updatedByName: string;
  containers: ContainerForm[];
  strippedSecrets: string[];
  /** Why the person may not edit or delete it; absent: they may. */
  refusals: { edit?: string; delete?: string };
}

export interface TemplateRevisionView {
  revision: number;
  name: string;
  description: string;
  scope: TemplateScope;
  appPattern: string | null;
  containers: ContainerForm[];
  strippedSecrets: string[];
  savedAt: string;
  savedByName: string;
  /** What the save was ("created", "restored revision 2"), as a message reference. */
  note: string;
}

/** The words for a scope, as lists and filters show them (a message reference). */
export function scopeLabel(scope: TemplateScope, appPattern: string | null): string {
  if (scope === "personal") return msg("library.scope.personal");
  if (scope === "everyone") return msg("library.scope.everyone");
  return appPattern ? msg("library.scope.appPattern", { pattern: appPattern }) : msg("library.scope.appPatternUnnamed");
}
