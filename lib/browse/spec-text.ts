import { msg } from "@/lib/i18n/message-ref";
import { SPECS } from "@/lib/version/constants";

// Spec and Storage are terse codes on the wire ("2C4G", "0.5G"); pages spell them out. The spec's
// words are a message reference (lib/i18n/message-ref.ts), shown with useRenderMessage.

/** `2C4G` → "2 vCPU, 4 GiB memory" (a message reference); an unknown code is returned as received. */
export function describeSpec(spec: string): string {
  const known = SPECS.find((s) => s.value === spec);
  const match = known ? null : /^(\d+)C(\d+)G$/i.exec(spec);
  const vcpu = known?.vcpu ?? (match ? Number(match[1]) : undefined);
  const memory = known?.memoryGiB ?? (match ? Number(match[2]) : undefined);
  if (vcpu === undefined || memory === undefined) return spec;
  return msg("common.specDescribed", { vcpu, memory });
}

/** `0.5G` → `0.5 GB`; an unknown code is returned as received. */
export function describeStorage(storage: string): string {
  const match = /^(\d+(?:\.\d+)?)G$/i.exec(storage);
  return match ? `${match[1]} GB` : storage;
}
