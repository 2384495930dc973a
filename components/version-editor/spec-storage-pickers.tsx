"use client";

import { useTranslations } from "next-intl";
import { ChoicePicker } from "./choice-picker";
import { specChoices, storageChoices } from "./spec-storage-choices";

export function SpecPicker({ index }: { index: number }) {
  const t = useTranslations("editor.card");
  return <ChoicePicker name={`containers.${index}.spec`} legend={t("spec")} choices={specChoices} />;
}

export function StoragePicker({ index }: { index: number }) {
  const t = useTranslations("editor.card");
  return <ChoicePicker name={`containers.${index}.storage`} legend={t("storage")} choices={storageChoices} />;
}
