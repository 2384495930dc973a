import { defineConfig } from "@playwright/test";
import { resolveChromium } from "./e2e/support/chromium";
import {
  ADMIN_STORAGE_STATE,
  APP_ORIGIN,
  APP_PORT,
  CREATING_DELAY_MS,
  E2E_ALLOWED_ORIGIN,
  E2E_DATA_DIR,
  E2E_SANDBOX_SECRET,
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  E2E_AUTH_SECRET,
  OIDC_ISSUER,
  OIDC_PORT,
  SANDBOX_PORT,
} from "./e2e/support/constants";

// E2E runs against the production build (`next build` first) with the embedded sandbox, started
// by Playwright. The sandbox's fault-control interface is enabled on a fixed loopback port so
// tests can inject faults and read what the "service" received (e2e/support/sandbox.ts).
//
// Each run starts on an empty database (the server's command empties E2E_DATA_DIR first): the
// "setup" project makes the first visit, creates the administrator through the setup page and
// saves their session, which every spec of the "chromium" project then uses. A local OIDC
// provider runs beside it for single sign-on (e2e/support/oidc-provider.ts).

/** The specs of the main flows, run in zh-CN too; each finds elements through the `t` fixture. */
const ZH_CN_SPECS: RegExp[] = [
  /compose-and-submit\.spec\.ts$/,
  /editor-dry-run-outcome\.spec\.ts$/,
  /editor-a11y\.spec\.ts$/,
  /editor-chinese-layout\.spec\.ts$/,
  /browse\.spec\.ts$/,
];

const emptyDataDir = `node -e "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })" ${E2E_DATA_DIR}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: APP_ORIGIN,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: resolveChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth-first-run\.setup\.ts$/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { storageState: ADMIN_STORAGE_STATE, locale: "en-US" },
    },
    // The main flows again in Chinese (issue 21): the browser asks for zh-CN, the server answers in
    // it, and the specs find elements by the zh-CN catalog's words (e2e/support/i18n.ts).
    {
      name: "zh-CN",
      dependencies: ["setup"],
      testMatch: ZH_CN_SPECS,
      use: { storageState: ADMIN_STORAGE_STATE, locale: "zh-CN" },
    },
  ],
  webServer: [
    {
      command: `npx tsx e2e/support/oidc-provider.ts`,
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "pipe",
      env: { E2E_OIDC_PORT: String(OIDC_PORT) },
    },
    {
      command: `${emptyDataDir} && npx next start -H 127.0.0.1 -p ${APP_PORT}`,
      url: `${APP_ORIGIN}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "pipe",
      env: {
        ESA_BACKEND: "sandbox",
        ESA_SANDBOX_PORT: String(SANDBOX_PORT),
        ESA_SANDBOX_CONTROL: "1",
        ESA_SANDBOX_CREATING_DELAY_MS: String(CREATING_DELAY_MS),
        ESA_READ_TIMEOUT_MS: "3000",
        ESA_CONNECT_TIMEOUT_MS: "3000",
        ESA_SANDBOX_ACCESS_KEY_SECRET: E2E_SANDBOX_SECRET,
        ESA_STUDIO_ALLOWED_ORIGINS: E2E_ALLOWED_ORIGIN,
        STUDIO_DATA_DIR: E2E_DATA_DIR,
        STUDIO_OIDC_ISSUER: OIDC_ISSUER,
        STUDIO_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
        STUDIO_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
        STUDIO_AUTH_SECRET: E2E_AUTH_SECRET,
        // Errors only in the test output: the tests provoke ESA refusals (warnings) on purpose, and one
        // line per request would bury the results.
        STUDIO_LOG_LEVEL: process.env.STUDIO_LOG_LEVEL ?? "error",
      },
    },
  ],
});
