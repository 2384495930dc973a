import "server-only";

// With DATABASE_URL the studio may run as several instances behind a load balancer, and two
// values must then be the same on every instance. Checked at start-up (instrumentation.ts) rather
// than in the environment schema, so one-off scripts on the same database need neither.

/** The sentences that stop a multi-instance start, one per missing or unusable value. */
export function multiInstanceProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  if (!env.DATABASE_URL?.trim()) return [];
  const problems: string[] = [];
  const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim();
  if (!key) {
    problems.push(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be set when DATABASE_URL is: with several instances, each would otherwise encrypt the values its pages bind to server actions with a key of its own, and a form served by one instance would fail when submitted to another. Generate one with `openssl rand -base64 32` and give every instance (and the build) the same value.",
    );
  } else if (![16, 24, 32].includes(Buffer.from(key, "base64").length)) {
    problems.push(
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be a base64-encoded AES key of 16, 24 or 32 bytes (its value is not shown); generate one with `openssl rand -base64 32`.",
    );
  }
  if (!env.BETTER_AUTH_SECRET?.trim() && !env.STUDIO_AUTH_SECRET?.trim()) {
    problems.push(
      "STUDIO_AUTH_SECRET (or BETTER_AUTH_SECRET) must be set when DATABASE_URL is: every instance signs and checks session cookies with it, so all of them must use the same configured value. Generate one with `openssl rand -base64 32`.",
    );
  }
  return problems;
}
