import { expect, test as base } from "@playwright/test";
import { APP_ORIGIN } from "./constants";
import { actionId } from "./server-actions";
import { EditorPage } from "./editor";
import { translatorFor, type T } from "./i18n";
import { sandboxControl, type Sandbox, type SandboxSeed } from "./sandbox";

// The `test` every spec uses. Each test starts against freshly seeded sandbox data, whether or not
// it names `sandbox`: the sandbox outlives a test, so a test that skipped the reset would see what
// the one before it created (or the large seed) and pass or fail by the order tests run in.

type Fixtures = {
  /** The data set the sandbox is reset to; `test.use({ sandboxSeed: "large" })` for long lists. */
  sandboxSeed: SandboxSeed;
  sandbox: Sandbox;
  /** The signed-in person's drafts kept on the server, emptied before each test (see below). */
  serverDrafts: void;
  editor: EditorPage;
  /** Fails the test when the page asks for a message its catalogs do not hand it. */
  catalogComplete: void;
  /** The words of the project's language (e2e/support/i18n.ts): t("shell.nav.apps"). */
  t: T;
};

export const test = base.extend<Fixtures>({
  sandboxSeed: ["demo", { option: true }],
  sandbox: [
    async ({ sandboxSeed }, provide) => {
      const sandbox = sandboxControl();
      await sandbox.reset(sandboxSeed);
      await provide(sandbox);
    },
    { auto: true },
  ],
  // Drafts follow the person across browsers (issue 19), and every test is the same administrator
  // in a fresh browser: without this, what one test typed would be restored into the next one's
  // editor. The "Discard all drafts" action of /drafts, called as the test's person.
  serverDrafts: [
    async ({ playwright, storageState }, provide) => {
      const request = await playwright.request.newContext({ baseURL: APP_ORIGIN, storageState });
      const response = await request.post("/drafts", {
        headers: {
          Origin: APP_ORIGIN,
          "Next-Action": actionId("discardAllMyDraftsAction", "app/drafts/actions"),
          Accept: "text/x-component",
          "Content-Type": "text/plain;charset=UTF-8",
        },
        data: "[]",
        maxRedirects: 0,
      });
      const status = response.status();
      await request.dispose();
      if (status >= 500) throw new Error(`Emptying the drafts failed: ${status}`);
      await provide();
    },
    { auto: true },
  ],
  // A client component reading a namespace its page's <ClientMessages> does not include shows the
  // key instead of words, and next-intl reports it on the console: every test fails on that.
  catalogComplete: [
    async ({ page }, provide) => {
      const missing: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && message.text().includes("MISSING_MESSAGE")) missing.push(message.text());
      });
      await provide();
      expect(missing, "messages missing from the page's catalogs").toEqual([]);
    },
    { auto: true },
  ],
  t: async ({ locale }, provide) => {
    await provide(translatorFor(locale));
  },
  editor: async ({ page, t }, provide) => {
    await provide(new EditorPage(page, t));
  },
});

export { expect } from "@playwright/test";
