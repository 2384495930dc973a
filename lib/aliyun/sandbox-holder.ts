import "server-only";

/** Where the embedded sandbox listens and the AccessKey pair it accepts. */
export interface SandboxEndpoint {
  /** host:port, the form openapi-client's `endpoint` takes. */
  endpoint: string;
  /** http://host:port, for log lines and links. */
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
}

// instrumentation.ts and the route handlers can be compiled into separate bundles, each with its
// own copy of this module, but they run in one Node process. A registry symbol on globalThis is
// the one thing both copies see; module-level state would not be shared.
const HOLDER: unique symbol = Symbol.for("version-studio.esa.embedded-sandbox");

type GlobalWithSandbox = typeof globalThis & { [HOLDER]?: Promise<SandboxEndpoint> };

/**
 * Called by instrumentation.ts before it awaits the sandbox start, so a request that arrives
 * while the sandbox is still binding waits for it instead of finding nothing.
 */
export function publishSandbox(endpoint: Promise<SandboxEndpoint>): void {
  // Keep an early rejection from being reported as unhandled; readers await and see it.
  endpoint.catch(() => undefined);
  (globalThis as GlobalWithSandbox)[HOLDER] = endpoint;
}

/** The published sandbox, or undefined when this process never started one. */
export function readSandbox(): Promise<SandboxEndpoint> | undefined {
  return (globalThis as GlobalWithSandbox)[HOLDER];
}

export function clearSandbox(): void {
  delete (globalThis as GlobalWithSandbox)[HOLDER];
}
