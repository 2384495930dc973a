import "server-only";

import { localizeResult } from "@/lib/i18n/server-translate";

import { createRefusalsFor } from "./app-visibility";
import { appPermissions, type AppPermissions } from "./permissions";
import type { AppRole } from "./roles";

// For pages (server components) that hand a person's permissions to client components: the
// refusals already in the reader's language, so the client needs no "access" messages to show
// them. (appPermissions itself answers message references, for lib code and tests.)

export async function appPermissionsInWords(appName: string, role: AppRole | null): Promise<AppPermissions> {
  return localizeResult(appPermissions(appName, role));
}

export async function createRefusalsInWords(...args: Parameters<typeof createRefusalsFor>): Promise<Record<string, string>> {
  return localizeResult(createRefusalsFor(...args));
}
