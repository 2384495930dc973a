// The emulated registry's state: the seed, tags deleted by tests, and RAM actions a test denies.
import type { CrSeedData } from "./model";
import { crDemoSeed } from "./seed";

export const CR_SEED_NAMES = ["demo"] as const;

export class CrStore {
  data: CrSeedData = crDemoSeed();
  /** API actions answered 403 NoPrivilege until reset or cleared (tests of a RAM refusal). */
  readonly denied = new Set<string>();

  reset(): void {
    this.data = crDemoSeed();
    this.denied.clear();
  }

  /** True when the tag existed. */
  deleteTag(repoId: string, tag: string): boolean {
    const before = this.data.tags.length;
    this.data.tags = this.data.tags.filter((t) => !(t.RepoId === repoId && t.Tag === tag));
    return this.data.tags.length < before;
  }
}
