// Codes the sign-in form reads from better-auth's answers. No zod here: the form's first-load
// JavaScript imports this module.

/** The code of better-auth's 429 when one account has had too many sign-in attempts (the
 * per-account limit in auth-options.ts); the sign-in form words it in the reader's language. */
export const ACCOUNT_ATTEMPTS_CODE = "TOO_MANY_ATTEMPTS_FOR_ACCOUNT";
