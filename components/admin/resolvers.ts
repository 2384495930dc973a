// First: zod without its eval probe, which the page CSP reports (lib/version/zod-config.ts).
import "@/lib/version/zod-config";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import {
  defaultGrantInputSchema,
  grantInputSchema,
  invitationInputSchema,
  type DefaultGrantFormValues,
} from "@/lib/admin/form-schemas";

// The administration forms' resolvers, loaded on demand (components/forms/lazy-resolver.ts).

export const grantResolver = zodResolver(grantInputSchema);
export const invitationResolver = zodResolver(invitationInputSchema);
// The form keeps both modes' fields (so switching loses nothing typed); the schema reads the mode.
export const defaultGrantResolver = zodResolver(defaultGrantInputSchema) as unknown as Resolver<DefaultGrantFormValues>;
