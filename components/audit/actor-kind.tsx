import { useTranslations } from "next-intl";

const KINDS = ["local", "oidc", "system", "anonymous"] as const;
type KnownKind = (typeof KINDS)[number];

const isKnown = (kind: string): kind is KnownKind => (KINDS as readonly string[]).includes(kind);

/** How an audit row's actor signed in (local, oidc, system, anonymous), in the reader's language. */
export function useActorKind(): (kind: string) => string {
  const t = useTranslations("audit.actorKind");
  return (kind) => (isKnown(kind) ? t(kind) : kind);
}
