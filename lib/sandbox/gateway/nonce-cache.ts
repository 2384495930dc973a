// Remembers signature nonces so a captured request cannot be replayed. Memory stays bounded:
// a nonce is forgotten once its request's x-acs-date falls outside the accepted window, because
// from then on the date check rejects a replay anyway.

const SWEEP_INTERVAL_MS = 1000;

export class NonceCache {
  private readonly forgetAt = new Map<string, number>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number) {}

  /** Records the nonce and returns true, or returns false when it is still remembered. */
  claim(nonce: string, forgetAtMs: number): boolean {
    this.sweep();
    const known = this.forgetAt.get(nonce);
    if (known !== undefined && known > this.now()) return false;
    this.forgetAt.set(nonce, forgetAtMs);
    return true;
  }

  get size(): number {
    return this.forgetAt.size;
  }

  /** Sweeps at most once a second: a full pass per request would be quadratic under load. */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now;
    for (const [nonce, until] of this.forgetAt) {
      if (until <= now) this.forgetAt.delete(nonce);
    }
  }
}
