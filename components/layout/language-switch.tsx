import { getLocale, getTranslations } from "next-intl/server";

import { LanguageSelect, type LanguageOption } from "./language-select";
import { LanguagesIcon } from "./shell-icons";

export type { LanguageOption };

/** The header's language switch. Its label and icon are rendered here, on the server; the browser
 * runs only the select (components/layout/language-select.tsx). */
export async function LanguageSwitch({ languages }: { languages: readonly LanguageOption[] }) {
  const [t, locale] = await Promise.all([getTranslations("shell.language"), getLocale()]);
  return (
    <label className="flex items-center gap-1 text-sm">
      <LanguagesIcon className="size-4 text-muted-foreground" />
      <span className="sr-only">{t("label")}</span>
      <LanguageSelect locale={locale} languages={languages} />
    </label>
  );
}
