// Values the Playwright config and the tests share. They live here, not in playwright.config.ts,
// so that the config imports the test support and never the other way round.

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8799);
export const APP_ORIGIN = `http://127.0.0.1:${APP_PORT}`;
/** The local OIDC provider (e2e/support/oidc-provider.ts); by default beside the app's port. */
export const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? APP_PORT + 6200);
export const OIDC_ISSUER = `http://127.0.0.1:${OIDC_PORT}`;
export const OIDC_CLIENT_ID = "version-studio-e2e";
export const OIDC_CLIENT_SECRET = "e2e-oidc-client-secret-Qm7Rt2";

/**
 * The database of one e2e run: emptied when the server starts, so every run begins with a first
 * visit (per app port, so runs on other ports do not share it).
 */
export const E2E_DATA_DIR = `.e2e-data/app-${APP_PORT}`;
/** The signed-in administrator's cookies, saved by the setup project for every other spec. */
export const ADMIN_STORAGE_STATE = `${E2E_DATA_DIR}-admin.json`;

/** The first administrator, created through the setup page by e2e/auth-first-run.setup.ts. */
export const E2E_ADMIN = {
  name: "Ada Admin",
  email: "ada.admin@example.test",
  password: "e2e admin password 1",
} as const;

// Distinctive values that e2e/security.spec.ts looks for: the secret must appear in no bundle or
// page; the allowed origin is a proxy host that server actions accept besides the app's own.
export const E2E_SANDBOX_SECRET = "e2e-Vs9QmR4tLx7Kp2Wd-sandbox-only";
/** The auth secret the e2e server signs sessions with; like the sandbox secret, it must never be shown. */
export const E2E_AUTH_SECRET = "e2e-auth-secret-Jw8Nc3Hq6Zr1Yt5Lp9Vx2Bk";
export const E2E_ALLOWED_ORIGIN = "https://studio-proxy.example.test";

/**
 * How long the sandbox keeps a new version `creating`. Long enough that a page opened right after
 * a create still sees `creating` on a loaded CI machine (e2e/browse.spec.ts watches it settle);
 * 1500 ms lost that race under load.
 */
export const CREATING_DELAY_MS = 5000;
/** How long a test waits for a version to settle from `creating` to `created`. */
export const SETTLE_TIMEOUT_MS = 15_000;
