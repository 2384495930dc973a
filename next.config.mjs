import { readdirSync } from "node:fs";
import createNextIntlPlugin from "next-intl/plugin";

// Security headers that never change per request. The Content-Security-Policy of pages carries a
// per-request nonce and is set by proxy.ts; JSON route handlers get a fixed, stricter one here.
const SECURITY_HEADERS = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
];
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Server actions run for same-origin requests only: Next.js compares the Origin header with
 * X-Forwarded-Host or Host and refuses a mismatch. Behind a proxy that forwards neither the public
 * host as Host nor X-Forwarded-Host, list the public host(s) in ESA_STUDIO_ALLOWED_ORIGINS,
 * comma-separated, as the browser's address bar shows them: `studio.example.com`,
 * `studio.example.com:8443`, `*.example.com`. Read when the server starts.
 */
function allowedOrigins(value = "") {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => (entry.includes("://") ? new URL(entry).host : entry));
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A self-contained server (server.js + the node_modules it uses) that `npm run package` turns
  // into the deployable folder (scripts/package.ts). `next start` still serves the same build
  // (the e2e suite uses it); Next only warns that standalone prefers server.js.
  output: "standalone",
  reactStrictMode: true,
  // The build type-checks the app only; `npm run typecheck` covers tests, e2e and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  poweredByHeader: false,
  // PGlite loads its WebAssembly build and data files next to its own module at run time; bundled,
  // those relative URLs would point into .next and the embedded database would not open.
  // pino and prom-client keep per-process state and load optional modules at run time: loaded
  // from node_modules rather than bundled (the standalone output copies them along).
  serverExternalPackages: ["@electric-sql/pglite", "pino", "prom-client"],
  experimental: {
    // forbidden() and forbidden.tsx: pages answer 403 when the person's role is not enough.
    authInterrupts: true,
    serverActions: {
      allowedOrigins: allowedOrigins(process.env.ESA_STUDIO_ALLOWED_ORIGINS),
      // The schema lets a version's create body reach 1 MiB (LIMITS.requestBodyBytes); the form
      // values the action receives also hold the unsent fields. Next's default of 1 MB would refuse
      // the largest valid versions before the action could answer.
      bodySizeLimit: "2mb",
    },
  },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CSP }] },
    ];
  },
};

// Every catalog in lib/i18n/messages is a language (lib/i18n/locales.ts): English first.
const LOCALES = readdirSync(new URL("./lib/i18n/messages/", import.meta.url))
  .filter((name) => name.endsWith(".json"))
  .map((name) => name.slice(0, -".json".length))
  .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
nextConfig.env = { STUDIO_LOCALES: LOCALES.join(",") };

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    // Catalogs are compiled at build time: the browser gets no ICU parser, only a small formatter.
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
});

export default withNextIntl(nextConfig);
