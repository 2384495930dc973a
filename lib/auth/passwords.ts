import "server-only";

import { hashPassword } from "better-auth/crypto";

/** The scrypt hash better-auth verifies at sign-in (better-auth/crypto). */
export const hashLocalPassword = (password: string) => hashPassword(password);
