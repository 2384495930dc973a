// Values the Playwright config and the tests share. They live here, not in playwright.config.ts,
// so that the config imports the test support and never the other way round.

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8799);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;

// Distinctive values that e2e/security.spec.ts looks for: the secret must appear in no bundle or
// page; the allowed origin is a proxy host that server actions accept besides the app's own.
export const E2E_SANDBOX_SECRET = "e2e-Vs9QmR4tLx7Kp2Wd-sandbox-only";
export const E2E_ALLOWED_ORIGIN = "https://studio-proxy.example.test";

/**
 * How long the sandbox keeps a new version `creating`. Long enough that a page opened right after
 * a create still sees `creating` on a loaded CI machine (e2e/browse.spec.ts watches it settle);
 * 1500 ms lost that race under load.
 */
export const CREATING_DELAY_MS = 5000;
/** How long a test waits for a version to settle from `creating` to `created`. */
export const SETTLE_TIMEOUT_MS = 15_000;
