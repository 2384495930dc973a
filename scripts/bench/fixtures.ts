import type { VersionForm } from "@/lib/version/schema";
import {
  APP_ID,
  execContainer,
  httpGetContainer,
  tcpContainer,
} from "@/lib/testing/version-fixtures";

/** A valid version of `n` containers cycling through the three probe types (httpGet with ACR,
 * env and headers; exec with hooks; tcpSocket), each with its own name. */
export function bigVersion(n: number, name = `bench-${n}-containers`): VersionForm {
  const makers = [httpGetContainer, execContainer, tcpContainer];
  const containers = Array.from({ length: n }, (_, i) => {
    const c = makers[i % makers.length]!();
    c.name = `svc-${i + 1}`;
    c.probe.failureThreshold = String((i % 5) + 1);
    return c;
  });
  return { appId: APP_ID, name, remarks: "Benchmark version", containers };
}

/** Runs `fn` for at least `minMs` (after a warm-up) and returns microseconds per call. */
export function timeSync(
  fn: () => unknown,
  minMs = 1500,
): { iterations: number; usPerCall: number; opsPerSec: number } {
  for (let i = 0; i < 200; i++) fn();
  let iterations = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  const minNs = BigInt(minMs) * 1_000_000n;
  while (elapsedNs < minNs) {
    for (let i = 0; i < 100; i++) fn();
    iterations += 100;
    elapsedNs = process.hrtime.bigint() - start;
  }
  const usPerCall = Number(elapsedNs) / 1000 / iterations;
  return { iterations, usPerCall, opsPerSec: 1e6 / usPerCall };
}
