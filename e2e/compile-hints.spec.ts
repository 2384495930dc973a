import type { Response } from "@playwright/test";
import { COMPILE_HINT, firstLoadChunks } from "../scripts/compile-hints";
import { expect, test } from "./support/fixtures";
import { editorPath, SHOP } from "./support/seed";

// What the build ships (package.json's build runs scripts/compile-hints.ts after `next build`):
// the scripts a page loads up front start with V8's eager-compile hint, so their functions are
// compiled off the main thread while they download; the chunks no route loads up front do not, so
// code a visitor may never run is not compiled for them. A chunk is one file for every route: one
// that another route loads up front (the sign-in and admin forms load zod eagerly) carries the hint
// even where the editor fetches it later, as the build script's contract says.

/** Every route's first-load chunks, as the URLs the browser fetches. */
function firstLoadOfAnyRoute(): Set<string> {
  return new Set(firstLoadChunks(process.cwd(), ".next").map((p) => p.replace(/^\.next\//, "/_next/")));
}

const CHUNK = /^\/_next\/static\/chunks\/[^/]+\.js$/;

/** The chunks the page's HTML loads with <script src>, less the `noModule` polyfills that modern
 * browsers skip. */
function scriptsOf(html: string): string[] {
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  const srcs = tags
    .filter((tag) => !/\snoModule\b/i.test(tag))
    .map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1])
    .filter((src): src is string => src !== undefined && CHUNK.test(src));
  return [...new Set(srcs)];
}

test("the editor's first-load scripts carry the compile hint; chunks loaded on demand do not", async ({
  page,
  editor,
}) => {
  const html = await (await page.request.get(editorPath(SHOP))).text();
  const firstLoad = scriptsOf(html);
  expect(firstLoad.length).toBeGreaterThan(3);
  for (const path of firstLoad) {
    const body = await (await page.request.get(path)).text();
    expect(body.startsWith(COMPILE_HINT), `${path} should start with the hint`).toBe(true);
  }

  const onDemand: Promise<{ path: string; hinted: boolean }>[] = [];
  const seen = new Set<string>();
  page.on("response", (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!CHUNK.test(path) || firstLoad.includes(path) || seen.has(path)) return;
    seen.add(path);
    onDemand.push(
      response.text().then((body) => ({ path, hinted: body.startsWith(COMPILE_HINT) })),
    );
  });
  await editor.open();
  // The import dialog's code is fetched on the first press of its button.
  await page.getByRole("button", { name: "Import JSON" }).click();
  await expect(page.getByRole("dialog", { name: "Import a version" })).toBeVisible();

  const loaded = await Promise.all(onDemand);
  const anyFirstLoad = firstLoadOfAnyRoute();
  const onlyOnDemand = loaded.filter(({ path }) => !anyFirstLoad.has(path));
  expect(
    onlyOnDemand.length,
    "opening the import dialog should fetch at least one chunk no route loads up front",
  ).toBeGreaterThan(0);
  for (const { path, hinted } of loaded) {
    const expected = anyFirstLoad.has(path);
    expect(
      hinted,
      expected
        ? `${path} is loaded up front by some route and should carry the hint`
        : `${path} is loaded on demand only and should stay lazily compiled`,
    ).toBe(expected);
  }
});
