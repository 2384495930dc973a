import { defineConfig } from "@playwright/test";
import { resolveChromium } from "./e2e/support/chromium";

// E2E runs against the production build (`next build` first) with the embedded sandbox, started
// by Playwright. The sandbox's fault-control interface is enabled on a fixed loopback port so
// tests can inject faults and read what the "service" received.

export const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 8799);
// Distinctive values that e2e/security.spec.ts looks for: the secret must appear in no bundle or
// page; the allowed origin is a proxy host that server actions accept besides the app's own.
export const E2E_SANDBOX_SECRET = "e2e-Vs9QmR4tLx7Kp2Wd-sandbox-only";
export const E2E_ALLOWED_ORIGIN = "https://studio-proxy.example.test";

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
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: resolveChromium(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${APP_PORT}`,
    url: `http://127.0.0.1:${APP_PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      ESA_BACKEND: "sandbox",
      ESA_SANDBOX_PORT: String(SANDBOX_PORT),
      ESA_SANDBOX_CONTROL: "1",
      // Long enough that a page opened right after a create still sees `creating` on a loaded CI
      // machine (e2e/browse.spec.ts watches it settle); 1500 ms lost that race under load.
      ESA_SANDBOX_CREATING_DELAY_MS: "5000",
      ESA_READ_TIMEOUT_MS: "3000",
      ESA_CONNECT_TIMEOUT_MS: "3000",
      ESA_SANDBOX_ACCESS_KEY_SECRET: E2E_SANDBOX_SECRET,
      ESA_STUDIO_ALLOWED_ORIGINS: E2E_ALLOWED_ORIGIN,
    },
  },
});
