import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  droppedByMerge,
  findClassConflicts,
  readSources,
  type ClassConflict,
} from "@/lib/testing/class-conflicts";

// `cn` joins without merging (lib/utils.ts), so no element may carry two utilities for one CSS
// property. The detector and its limits are described in lib/testing/class-conflicts.ts.

const root = fileURLToPath(new URL("../../", import.meta.url));
const sources = () => readSources(root, ["components", "app"]);

const describeConflict = (c: ClassConflict) =>
  `${c.where.join(" → ")}: drops ${c.dropped.join(" ")} from "${c.classes}"`;

function conflictsWith(fixture: string) {
  const files = sources();
  files.set("components/fixture/conflict-fixture.tsx", fixture);
  return findClassConflicts(files).filter((c) => c.where[0]?.startsWith("components/fixture/"));
}

describe("Tailwind class conflicts", () => {
  it("no element gets two utilities for the same CSS property", () => {
    const conflicts = findClassConflicts(sources());
    expect(conflicts.map(describeConflict)).toEqual([]);
  });

  it("the detector reports a className that overrides a component's base utility", () => {
    const found = conflictsWith(`
      import { Button } from "@/components/ui/button";
      export const Fixture = () => <Button className="px-2">Save</Button>;
    `);
    expect(found).toHaveLength(1);
    expect(found[0]?.where[0]).toBe("components/fixture/conflict-fixture.tsx:3");
    expect(found[0]?.where.at(-1)).toMatch(/^components\/ui\/button\.tsx:\d+$/);
    expect(found[0]?.dropped).toEqual(["px-4"]);
  });

  it("follows props through wrappers, cva variants and module constants", () => {
    const found = conflictsWith(`
      import { cn } from "@/lib/utils";
      import { CopyButton } from "@/components/ui/copy-button";
      const shared = cn("rounded-md border", "rounded-full");
      function Box({ pad }: { pad?: string }) {
        return <div className={cn("p-4", pad)} />;
      }
      export const Fixture = () => (
        <>
          <CopyButton value="x" label="Copy x" className="h-10" />
          <Box pad="p-2" />
        </>
      );
    `);
    expect(found.map((c) => [c.where[0], c.dropped])).toEqual([
      ["components/fixture/conflict-fixture.tsx:4", ["rounded-md"]],
      // CopyButton → Button with CopyButton's default size="sm" (h-8).
      ["components/fixture/conflict-fixture.tsx:10", ["h-8"]],
      ["components/fixture/conflict-fixture.tsx:11", ["p-4"]],
    ]);
  });

  it("accepts utilities that differ in property or variant", () => {
    expect(
      droppedByMerge(
        "border border-border px-3 py-2 hover:bg-accent bg-background sm:max-w-3xl max-w-lg",
      ),
    ).toEqual([]);
    const found = conflictsWith(`
      import { Button } from "@/components/ui/button";
      export const Fixture = () => <Button size="sm" variant="outline" className="w-fit">Add</Button>;
    `);
    expect(found).toEqual([]);
  });
});
