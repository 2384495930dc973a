import { msg } from "@/lib/i18n/message-ref";

import type { VersionForm } from "./schema";

/** What the confirm before leaving the editor names: the version not yet created. A message
 * reference (lib/i18n/message-ref.ts): the editor puts it into words before showing it. */
export function leaveMessage(values: Pick<VersionForm, "name" | "containers">): string {
  const name = values.name.trim();
  const count = values.containers.length;
  return name === ""
    ? msg("validation.leave.unnamed", { count })
    : msg("validation.leave.named", { name, count });
}
