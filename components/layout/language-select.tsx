"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";

import { LOCALE_COOKIE } from "@/lib/i18n/locales";

export interface LanguageOption {
  locale: string;
  /** The language's name in itself (English, 中文). */
  name: string;
}

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The choice is a cookie the server reads on every request (lib/i18n/request.ts), so it holds
 * across reloads, sign-out and sign-in; then the page renders again in it. */
export function LanguageSelect({ locale, languages }: { locale: string; languages: readonly LanguageOption[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
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
  );
}
