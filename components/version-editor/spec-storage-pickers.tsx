"use client";

import { SPECS, STORAGE_VALUES } from "@/lib/version/constants";
import { ChoicePicker, type Choice } from "./choice-picker";

const specChoices: Choice[] = SPECS.map((s) => ({
  value: s.value,
  title: s.value,
  detail: `${s.vcpu} vCPU · ${s.memoryGiB} GiB memory`,
}));

const storageChoices: Choice[] = STORAGE_VALUES.map((v) => ({
  value: v,
  title: v,
  detail: v === "0.5G" ? "512 MiB disk" : `${v.replace("G", "")} GiB disk`,
}));

export function SpecPicker({ index }: { index: number }) {
  return <ChoicePicker name={`containers.${index}.spec`} legend="Compute spec" choices={specChoices} />;
}

export function StoragePicker({ index }: { index: number }) {
  return <ChoicePicker name={`containers.${index}.storage`} legend="Storage" choices={storageChoices} />;
}
