"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";

import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export interface LanguageOption {
  locale: string;
  /** The language's name in itself (English, 中文). */
  name: string;
}

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The header's language switch: a cookie the server reads on every request (lib/i18n/request.ts),
 * so the choice holds across reloads, sign-out and sign-in; then the page renders again in it. */
export function LanguageSwitch({ languages }: { languages: readonly LanguageOption[] }) {
  const t = useTranslations("shell.language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1 text-sm">
      <Languages aria-hidden className="size-4 text-muted-foreground" />
      <span className="sr-only">{t("label")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(event) => {
          const next = event.target.value;
          document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(next)}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax`;
          startTransition(() => router.refresh());
        }}
        className="rounded-md border border-input bg-background px-1 py-0.5 text-sm"
      >
        {languages.map((language) => (
          <option key={language.locale} value={language.locale} lang={language.locale}>
            {language.name}
          </option>
        ))}
      </select>
    </label>
  );
}
