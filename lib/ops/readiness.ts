import "server-only";

// What /api/ready reports: whether this instance can serve people. Each check answers "ok" or
// "failed" only; the reason goes to the server log, never to the (unauthenticated) caller, since
// it may name a host, a path or a credential source. No check calls a billable ESA action.

export type CheckName = "database" | "migrations" | "credentials";
export type CheckState = "ok" | "failed";

export interface Readiness {
  ok: boolean;
  checks: Record<CheckName, CheckState>;
}

export interface ReadinessProbes {
  /** Resolves when a trivial query answered. */
  database(): Promise<void>;
  /** How many committed migrations the database lacks. */
  pendingMigrations(): Promise<number>;
  /** Resolves when the ESA credentials (or the embedded sandbox's pair) can be obtained. */
  credentials(): Promise<void>;
  /** Where the reason for a failed check goes. */
  report(check: CheckName, error: unknown): void;
}

/** A check that hangs (a dead database host) counts as failed after this long. */
export const CHECK_TIMEOUT_MS = 3_000;

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function run(
  probes: ReadinessProbes,
  name: CheckName,
  check: () => Promise<void>,
  timeoutMs: number,
): Promise<CheckState> {
  try {
    await within(timeoutMs, check());
    return "ok";
  } catch (error) {
    probes.report(name, error);
    return "failed";
  }
}

export async function checkReadiness(
  probes: ReadinessProbes,
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Readiness> {
  const database = await run(probes, "database", () => probes.database(), timeoutMs);
  // Without a database, whether it is migrated cannot be known: failed too.
  const migrations =
    database === "ok"
      ? await run(
          probes,
          "migrations",
          async () => {
            const pending = await probes.pendingMigrations();
            if (pending > 0) throw new Error(`${pending} migration(s) not applied`);
          },
          timeoutMs,
        )
      : "failed";
  const credentials = await run(probes, "credentials", () => probes.credentials(), timeoutMs);
  const checks = { database, migrations, credentials };
  return { ok: Object.values(checks).every((state) => state === "ok"), checks };
}
