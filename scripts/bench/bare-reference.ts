import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { measureFirstLoad, type RouteSize } from "./bundle-size";
import { nextBin } from "./build";
import { runToEnd } from "./proc";

// The reference for first-load JS: a bare Next.js page (an empty root layout, a one-line page),
// built in the same run with the project's own next binary, so with the same next/react versions.
// It is generated in a temporary folder INSIDE the project root (`.bench-bare-<pid>/`, ignored by
// git): module resolution walks up to the project's node_modules. The folder is removed afterwards,
// also when the build fails. No compile hints are added to it: it is what `next build` ships.

const FILES: Record<string, string> = {
  "app/layout.jsx": `export default function RootLayout({ children }) {
  return (
    <html>
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": "export default function Page() {\n  return <p>Bare</p>;\n}\n",
  "next.config.mjs": "export default { poweredByHeader: false };\n",
};

export type BareReference = RouteSize & { buildMs: number };

export async function measureBareReference(root: string): Promise<BareReference> {
  const dir = join(root, `.bench-bare-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(join(dir, file, ".."), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const started = Date.now();
    // Its own dist dir (.next inside the folder): NEXT_DIST_DIR is the project's, not this one's.
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    delete env.NEXT_DIST_DIR;
    await runToEnd(process.execPath, [nextBin(root), "build", dir], env);
    const buildMs = Date.now() - started;
    const page = measureFirstLoad(dir, ".next").find((s) => s.route === "/");
    if (!page) throw new Error("the bare build lists no / route");
    return { ...page, buildMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
