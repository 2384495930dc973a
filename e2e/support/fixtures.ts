import { test as base } from "@playwright/test";
import { EditorPage } from "./editor";
import { sandboxControl, type Sandbox, type SandboxSeed } from "./sandbox";

// The `test` every spec uses. Each test starts against freshly seeded sandbox data, whether or not
// it names `sandbox`: the sandbox outlives a test, so a test that skipped the reset would see what
// the one before it created (or the large seed) and pass or fail by the order tests run in.

type Fixtures = {
  /** The data set the sandbox is reset to; `test.use({ sandboxSeed: "large" })` for long lists. */
  sandboxSeed: SandboxSeed;
  sandbox: Sandbox;
  editor: EditorPage;
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
  editor: async ({ page }, provide) => {
    await provide(new EditorPage(page));
  },
});

export { expect } from "@playwright/test";
