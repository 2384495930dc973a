import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

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

// No user-visible string is written outside the message catalogs (lib/i18n/messages): literal
// text in JSX, and literal strings in the attributes people read, fail the lint. The allow-list is
// what is the same in every language: punctuation and digits, ALL_CAPS codes and environment
// variable names, separators and arrows. Code and service codes shown as code are rendered from
// values, not literals; a rare deliberate literal carries an eslint-disable comment saying why.
const READ_ATTRIBUTES = [
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
  "description",
  "heading",
  "message",
  "hint",
  "summary",
  "caption",
  "text",
  "legend",
  "emptyText",
  "confirmLabel",
  "submitLabel",
  "actionLabel",
];
const LANGUAGE_NEUTRAL = [
  "[0-9!-/:-@[-`{-~]+",
  "[A-Z_-]+",
  "[\\s·…—–×→←↑↓✓✕•]+",
  "[\\s0-9!-/:-@[-`{-~·…—–×→]*[A-Z][A-Z0-9_]*[\\s0-9!-/:-@[-`{-~·…—–×→]*",
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
  {
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": { include: READ_ATTRIBUTES },
          words: { exclude: LANGUAGE_NEUTRAL },
          // Keys and format names passed to the translator and formatter are not text.
          callees: {
            exclude: ["t", "t\\.(rich|markup|has|raw)", "msg", "format\\.\\w+", "render\\w*", "cn", "cva", "clsx"],
          },
          message: "Text people read comes from the message catalogs (lib/i18n/messages); use t()",
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
