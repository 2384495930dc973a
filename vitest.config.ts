import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside a React Server Component bundle; unit tests run in plain Node.
      "server-only": fileURLToPath(new URL("./lib/testing/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    // The server's JSON log lines (lib/ops/logger.ts) from code under test: warnings and errors only.
    env: {
      STUDIO_LOG_LEVEL: "warn",
      // As next.config.mjs passes it to the app: one locale per catalog file, English first.
      STUDIO_LOCALES: readdirSync(new URL("./lib/i18n/messages/", import.meta.url))
        .filter((name) => name.endsWith(".json"))
        .map((name) => name.slice(0, -".json".length))
        .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)))
        .join(","),
    },
    testTimeout: 20_000,
  },
});
