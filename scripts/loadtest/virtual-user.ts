import { validVersion } from "@/lib/testing/version-fixtures";

import type { ActionIds, StudioClient } from "../ops/studio-client";

import type { ActionStats } from "./stats";

// One signed-in person for the load test's duration, on two instances behind an imaginary load
// balancer: browses, dry-runs and creates, now on one instance, now on the other; some creates go
// to both instances at the same moment with identical content (a double submit across instances),
// and some of the versions it created are published to staging from both instances at once.

export const LOAD_APP_ID = "app-880688675783790001";
const PAGE = `/apps/${LOAD_APP_ID}/versions/new`;

type CreateResult = { ok: boolean; versionId?: string; code?: string };
type PublishResult = { ok: boolean; requestId?: string; code?: string };

export interface UserTally {
  /** Create, dry-run and publish calls answered, each of which must have its audit row. */
  audited: { create: number; validate: number; publish: number };
  /** Names of every create answered ok (a twin counts once). */
  created: Set<string>;
  /** Twin creates whose two answers did not name the same version. */
  twinMismatches: number;
  /** Twin publishes both answered ok, and those whose answers carry different ESA RequestIds
   * (two Publish calls reached ESA for one publish). */
  twinPublishes: { ok: number; mismatches: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runVirtualUser(options: {
  index: number;
  clients: [StudioClient, StudioClient];
  ids: ActionIds;
  until: number;
  stats: ActionStats;
  tally: UserTally;
  random: () => number;
}): Promise<void> {
  const { index, clients, ids, until, stats, tally, random } = options;
  let n = 0;
  const timed = async <T>(action: string, run: () => Promise<T>, ok: (value: T) => boolean) => {
    const started = performance.now();
    try {
      const value = await run();
      stats.record(action, performance.now() - started, ok(value));
      return value;
    } catch {
      stats.record(action, performance.now() - started, false);
      return undefined;
    }
  };
  while (Date.now() < until) {
    n += 1;
    const client = clients[n % 2]!;
    const roll = random();
    if (roll < 0.45) {
      const path =
        roll < 0.15
          ? "/apps"
          : roll < 0.3
            ? `/api/apps/${LOAD_APP_ID}/versions`
            : `/apps/${LOAD_APP_ID}`;
      await timed(
        "browse",
        () => client.get(path),
        (a) => a.status === 200,
      );
    } else if (roll < 0.7) {
      const version = { ...validVersion(), appId: LOAD_APP_ID, name: `lt-dry-${index}-${n}` };
      const answer = await timed(
        "dry run",
        () => client.action<{ ok: boolean }>(PAGE, ids.validateVersion, [version]),
        (a) => a.status === 200 && a.value.ok,
      );
      if (answer?.status === 200) tally.audited.validate += 1;
    } else if (roll < 0.9) {
      const name = `lt-${index}-${n}`;
      const answer = await timed(
        "create",
        () =>
          client.action<CreateResult>(PAGE, ids.createVersion, [
            { ...validVersion(), appId: LOAD_APP_ID, name },
          ]),
        (a) => a.status === 200 && a.value.ok,
      );
      if (answer?.status === 200) tally.audited.create += 1;
      if (answer?.value.ok) tally.created.add(name);
      if (answer?.value.ok && answer.value.versionId && roll < 0.75) {
        // A person opens the new version before publishing it (ESA is still creating it).
        await sleep(2000);
        await publishTwice(clients, ids, answer.value.versionId, timed, tally);
      }
    } else {
      // The same create to both instances at once.
      const name = `lt-twin-${index}-${n}`;
      const version = { ...validVersion(), appId: LOAD_APP_ID, name };
      const answers = await Promise.all(
        clients.map((c) =>
          timed(
            "create (same to both instances)",
            () => c.action<CreateResult>(PAGE, ids.createVersion, [version]),
            (a) => a.status === 200 && a.value.ok,
          ),
        ),
      );
      for (const a of answers) if (a?.status === 200) tally.audited.create += 1;
      const [a, b] = answers.map((x) => (x?.value.ok ? x.value.versionId : undefined));
      if (a && b) tally.created.add(name);
      if (!a || a !== b) tally.twinMismatches += 1;
    }
    // A person reads the answer before the next click.
    await sleep(100 + random() * 400);
  }
}

type Timed = <T>(
  action: string,
  run: () => Promise<T>,
  ok: (value: T) => boolean,
) => Promise<T | undefined>;

/** The same staging publish from both instances at once: one Publish may reach ESA, so both
 * answers must carry the same RequestId. ESA may refuse one while another staging release of the
 * app is moving; that is an answered, audited failure, not a mismatch. */
async function publishTwice(
  clients: [StudioClient, StudioClient],
  ids: ActionIds,
  versionId: string,
  timed: Timed,
  tally: UserTally,
): Promise<void> {
  const page = `/apps/${LOAD_APP_ID}/versions/${versionId}`;
  const answers = await Promise.all(
    clients.map((c) =>
      timed(
        "publish to staging (same to both instances)",
        () => c.action<PublishResult>(page, ids.publishToStaging, [LOAD_APP_ID, { versionId }]),
        (a) => a.status === 200 && a.value.ok,
      ),
    ),
  );
  for (const a of answers) if (a?.status === 200) tally.audited.publish += 1;
  const [a, b] = answers.map((x) => (x?.value.ok ? x.value : undefined));
  if (a && b) {
    tally.twinPublishes.ok += 1;
    if (a.requestId !== b.requestId) tally.twinPublishes.mismatches += 1;
  }
}
