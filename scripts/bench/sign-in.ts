import type { Browser, BrowserContextOptions } from "@playwright/test";

// The portal asks everyone to sign in, so the benchmark measures pages as a signed-in person sees
// them: on the server's fresh data folder it creates the first administrator through the setup
// page (as a person would), keeps that session, and hands it to every browser context and to
// Lighthouse (as a Cookie header).

export type BenchSession = {
  storageState: NonNullable<BrowserContextOptions["storageState"]>;
  /** `name=value; …` for the app's origin, for tools that take headers rather than a context. */
  cookieHeader: string;
};

const ADMIN = { name: "Bench Admin", email: "bench@example.com", password: "bench-password-1" };

export async function signInAsFirstAdmin(browser: Browser, base: string): Promise<BenchSession> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/setup`);
    await page.getByLabel("Name").fill(ADMIN.name);
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill(ADMIN.password);
    await page.getByRole("button", { name: "Create administrator" }).click();
    await page.waitForURL(/\/apps$/, { timeout: 60_000 });
    const storageState = await context.storageState();
    const origin = new URL(base).hostname;
    const cookieHeader = storageState.cookies
      .filter((c) => c.domain.replace(/^\./, "") === origin)
      .map((c) => `${c.name}=${c.value}`)
      .join("; ");
    if (!cookieHeader) throw new Error("setup finished without a session cookie");
    return { storageState, cookieHeader };
  } finally {
    await context.close();
  }
}
