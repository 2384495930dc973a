import { expect } from "vitest";

import { parseServerConfig, ServerConfigError } from "@/lib/config/env";

/** The sentences parseServerConfig refuses an environment with; fails when it accepts it. */
export function configProblemsOf(env: Record<string, string>): string[] {
  try {
    parseServerConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ServerConfigError);
    return [...(error as ServerConfigError).problems];
  }
  throw new Error("expected the environment to be rejected");
}
