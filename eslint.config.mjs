import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Test tooling stays with tests (CONVENTIONS.md): product code under app/, components/ and lib/
// never imports a test runner, a generator or the official SDK (a devDependency used only to
// check our wire format against it).
const TEST_TOOLING = [
  "vitest",
  "vitest/*",
  "fast-check",
  "@alicloud/esa20240910",
  "@alicloud/tea-util",
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "*.ts"],
    ignores: ["**/*.test.ts", "lib/testing/**", "vitest.config.ts", "playwright.config.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: TEST_TOOLING,
              message: "Test tooling belongs in *.test.ts or lib/testing/, never in product code.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
