import type { Metadata } from "next";

// The benchmark's baseline (scripts/bench): a static page with no client code of its own, so its
// first-load JavaScript is what every route of this build pays for the framework and the root
// layout. Linked from nowhere; the (benchmark) route group only says what it is for.

export const metadata: Metadata = { title: "Benchmark baseline", robots: { index: false, follow: false } };

export default function BenchEmptyPage() {
  return (
    <main>
      <h1 className="text-2xl font-semibold">Benchmark baseline</h1>
    </main>
  );
}
