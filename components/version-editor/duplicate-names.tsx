"use client";

import { createContext, useContext, useMemo } from "react";
import { useWatch, type Control } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

// Duplicate container names are flagged as the person types, before any blur or submit. One
// watcher computes them; a card re-renders only when the set of duplicates itself changes.

const DuplicateNamesContext = createContext<ReadonlyMap<number, number>>(new Map());

export function DuplicateNamesProvider({ control, count, children }: { control: Control<VersionForm>; count: number; children: React.ReactNode }) {
  const paths = useMemo(() => Array.from({ length: count }, (_, i) => `containers.${i}.name` as const), [count]);
  const names = useWatch({ control, name: paths }) as string[];
  const key = duplicateKey(names);
  const value = useMemo(() => new Map(key ? key.split(",").map((pair) => pair.split(":").map(Number) as [number, number]) : []), [key]);
  return <DuplicateNamesContext.Provider value={value}>{children}</DuplicateNamesContext.Provider>;
}

/** "index:firstIndex" pairs for every container whose name an earlier container already uses. */
function duplicateKey(names: string[]): string {
  const first = new Map<string, number>();
  const pairs: string[] = [];
  names.forEach((n, i) => {
    if (!n) return;
    const f = first.get(n);
    if (f === undefined) first.set(n, i);
    else pairs.push(`${i}:${f}`);
  });
  return pairs.join(",");
}

/** The index of the earlier container with the same name, or undefined. */
export function useDuplicateOf(index: number): number | undefined {
  return useContext(DuplicateNamesContext).get(index);
}
