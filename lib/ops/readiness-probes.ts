import "server-only";

import { sql } from "drizzle-orm";

import { getServerConfig } from "@/lib/config/env";
import { getDatabaseHandle } from "@/lib/db/handle";
import { migrationsPending } from "@/lib/db/migrate";
import { defaultChainCredential } from "@/lib/aliyun/credentials";
import { readSandbox } from "@/lib/esa/sandbox-holder";

import { opsLog } from "./logger";
import type { ReadinessProbes } from "./readiness";

/** The probes of this process: its database handle, its migrations, its ESA credentials. */
export const processProbes: ReadinessProbes = {
  async database() {
    const { db } = await getDatabaseHandle();
    await db.execute(sql`select 1`);
  },
  async pendingMigrations() {
    return migrationsPending(await getDatabaseHandle());
  },
  async credentials() {
    if (getServerConfig().backend === "sandbox") {
      const sandbox = readSandbox();
      if (!sandbox) throw new Error("the embedded sandbox was not started");
      await sandbox;
      return;
    }
    // The default chain (env, profile, RAM role…): a local or metadata lookup, no ESA call.
    const credential = await defaultChainCredential().getCredential();
    if (!credential.accessKeyId) throw new Error("the credential chain gave no AccessKey");
  },
  report(check, error) {
    opsLog().warn(
      { check, reason: error instanceof Error ? error.message : String(error) },
      "readiness check failed",
    );
  },
};
