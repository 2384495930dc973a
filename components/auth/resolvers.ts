// First: zod without its eval probe, which the page CSP reports (lib/version/zod-config.ts).
import "@/lib/version/zod-config";
import { zodResolver } from "@hookform/resolvers/zod";
import { invitationAcceptSchema, localAccountSchema, signInSchema } from "@/lib/auth/account-schema";

// The account forms' resolvers: loaded on demand (components/forms/lazy-resolver.ts), so zod is not
// in the sign-in, setup and invitation pages' first-load JavaScript.

export const signInResolver = zodResolver(signInSchema);
export const localAccountResolver = zodResolver(localAccountSchema);
export const invitationAcceptResolver = zodResolver(invitationAcceptSchema);
