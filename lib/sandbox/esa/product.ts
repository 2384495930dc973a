// The ESA edge-container service as the gateway sees it: its actions bound to one store.
import type { EmulatedProduct } from "../gateway/context";
import { ESA_API_VERSION } from "@/lib/version/constants";
import { findOperation } from "./operations";
import { isSeedName, SEED_NAMES } from "./seed";
import type { SandboxStore } from "./store";

export function esaProduct(store: SandboxStore): EmulatedProduct {
  return {
    apiVersion: ESA_API_VERSION,
    findAction(action) {
      const operation = findOperation(action);
      return operation && ((params) => operation(params, store));
    },
    seedNames: SEED_NAMES,
    currentSeed: () => store.seed,
    reset(seed) {
      if (!isSeedName(seed)) throw new Error(`Unknown seed "${seed}".`);
      store.reset(seed);
    },
  };
}
