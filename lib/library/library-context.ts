import "server-only";

import type { AppRef } from "@/lib/access/app-pattern";
import type { Db } from "@/lib/db/types";

import type { LibraryPerson } from "./template-access";

/** What every library operation receives from its (guarded) action: who, and which apps exist. */
export interface LibraryContext {
  db: Db;
  person: LibraryPerson & { name: string };
  /** The apps ESA knows (for app-pattern scopes); loaded lazily, once per action. */
  apps(): Promise<AppRef[]>;
}
