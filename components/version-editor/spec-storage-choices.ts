import { describeSpec, describeStorage } from "@/lib/browse/spec-text";
import { SPEC_VALUES, STORAGE_VALUES } from "@/lib/version/constants";
import type { Choice } from "./choice-picker";

// The pickers spell sizes out with the same helpers as the version page, so a size reads the same
// wherever it is shown.

export const specChoices: Choice[] = SPEC_VALUES.map((v) => ({ value: v, title: v, detail: describeSpec(v) }));

export const storageChoices: Choice[] = STORAGE_VALUES.map((v) => ({
  value: v,
  title: v,
  detail: describeStorage(v),
}));
