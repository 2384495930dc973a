import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// `npm run package` (after `npm run build`): one folder that runs with plain `node` and nothing
// around it — Next's standalone server (server.js, the traced node_modules, .next/server), the
// static assets and public files it does not copy itself, the database migrations (applied at
// start-up from lib/db/migrations, relative to the folder), and start.mjs.
//
// Usage: tsx scripts/package.ts [out-dir]   (default dist/version-studio; NEXT_DIST_DIR as the build)

const root = resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const out = resolve(root, process.argv[2] ?? "dist/version-studio");
const standalone = join(root, distDir, "standalone");

if (!existsSync(join(standalone, "server.js"))) {
  console.error(
    `No standalone build in ${standalone}: run \`npm run build\` first (next.config.mjs sets output: "standalone").`,
  );
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// dereference: the traced node_modules may hold symbolic links into the checkout.
cpSync(standalone, out, { recursive: true, dereference: true });
cpSync(join(root, distDir, "static"), join(out, distDir, "static"), { recursive: true });
cpSync(join(root, "public"), join(out, "public"), { recursive: true });
// The trace follows path.resolve("lib/db/…") into source folders; only the migrations are read.
rmSync(join(out, "lib"), { recursive: true, force: true });
cpSync(join(root, "lib/db/migrations"), join(out, "lib/db/migrations"), { recursive: true });
// Data of a local run must not travel with the package.
rmSync(join(out, "data"), { recursive: true, force: true });
rmSync(join(out, ".env"), { force: true });

writeFileSync(
  join(out, "start.mjs"),
  `// Starts Version Studio from this folder: \`node start.mjs\` (PORT, HOSTNAME, STUDIO_DATA_DIR, …
// from the environment; see the README). Runs in production mode from this folder, which holds
// the migrations the server applies at start-up.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
process.chdir(here);
process.env.NODE_ENV = "production";
process.env.HOSTNAME ??= "0.0.0.0";
process.env.PORT ??= "3000";
// The studio's own SIGTERM handler lets in-flight creates finish (lib/ops/shutdown.ts).
process.env.NEXT_MANUAL_SIG_HANDLE ??= "true";
await import("./server.js");
`,
);
console.log(`Packaged Version Studio in ${out}: run it with \`node ${join(out, "start.mjs")}\`.`);
