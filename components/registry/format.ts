import { useFormatter, useTranslations } from "next-intl";

// How registry values read in the picker and the hints, in the reader's language: sizes in MB or
// GB (the unit stays as written), times with their zone, short digests.

type Formatter = ReturnType<typeof useFormatter>;

export function formatSize(bytes: number, format: Formatter): string {
  if (bytes >= 1024 ** 3)
    return `${format.number(bytes / 1024 ** 3, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} GB`;
  return `${format.number(bytes / 1024 ** 2, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

/** Sizes and update times as the picker and the hints show them. */
export function useRegistryFormat() {
  const format = useFormatter();
  const t = useTranslations("registry.tag");
  return {
    size: (bytes: number) => formatSize(bytes, format),
    /** An update time (ms since the epoch); ACR answers 0 when it does not know. */
    time: (ms: number) => (ms ? format.dateTime(new Date(ms), "stamp") : t("unknownTime")),
  };
}

/** sha256:0123456789ab… — enough to tell images apart at a glance; the title holds the whole. */
export function shortDigest(digest: string): string {
  return digest.length > 19 ? `${digest.slice(0, 19)}…` : digest;
}
