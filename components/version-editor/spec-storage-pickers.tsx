"use client";

import { ChoicePicker } from "./choice-picker";
import { specChoices, storageChoices } from "./spec-storage-choices";

export function SpecPicker({ index }: { index: number }) {
  return <ChoicePicker name={`containers.${index}.spec`} legend="Compute spec" choices={specChoices} />;
}

export function StoragePicker({ index }: { index: number }) {
  return <ChoicePicker name={`containers.${index}.storage`} legend="Storage" choices={storageChoices} />;
}
