import "server-only";

import { countUsers, insertFirstAdmin } from "@/lib/db/identity-store";
import type { Db } from "@/lib/db/types";
import { msg } from "@/lib/i18n/message-ref";

import {
  fieldErrorsOf,
  localAccountSchema,
  type FieldErrors,
  type LocalAccountInput,
} from "./account-schema";
import { hashLocalPassword } from "./passwords";

const SETUP_DONE = msg("auth.setup.alreadyDone");

/** Whether anyone can sign in yet; while not, every page leads to the setup page. */
export async function hasAnyUser(db: Db): Promise<boolean> {
  return (await countUsers(db)) > 0;
}

export type CreateFirstAdminResult =
  { ok: true; userId: string } | { ok: false; message: string; fieldErrors?: FieldErrors };

/**
 * Creates the first administrator with a local account, only on an empty user table (checked
 * in the same transaction as the insert): once anyone exists, setup is gone for good.
 */
export async function createFirstAdmin(
  db: Db,
  input: LocalAccountInput,
): Promise<CreateFirstAdminResult> {
  const parsed = localAccountSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      message: msg("auth.checkFields"),
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  if (await hasAnyUser(db))
    return { ok: false, message: SETUP_DONE };
  const { email, name, password } = parsed.data;
  const userId = await insertFirstAdmin(db, {
    email,
    name,
    passwordHash: await hashLocalPassword(password),
  });
  return userId
    ? { ok: true, userId }
    : { ok: false, message: SETUP_DONE };
}
