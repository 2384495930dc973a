import { useTranslations } from "next-intl";

/** The catalog key of an action's description: "sign-out.everywhere" → "sign_out_everywhere". */
const keyOf = (action: string) => action.replace(/[.-]/g, "_");

/**
 * An audit row's action: the stored name (what filters and exports use) and, for the actions the
 * portal records, what it means in the reader's language.
 */
export function AuditAction({ action }: { action: string }) {
  const t = useTranslations("audit.actions");
  const key = keyOf(action);
  return (
    <>
      <span className="font-mono text-xs">{action}</span>
      {t.has(key as never) && <span className="block text-xs text-muted-foreground">{t(key as never)}</span>}
    </>
  );
}
