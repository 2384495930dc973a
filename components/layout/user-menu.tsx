"use client";

import { useTransition } from "react";
import { ChevronDown, CircleUser } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { useTranslations } from "next-intl";

import { SIGN_IN_PATH } from "@/lib/auth/gate-rules";

export interface SignedInPerson {
  name: string;
  email: string;
  signsInWith: "local" | "oidc";
}

interface UserMenuProps {
  person: SignedInPerson;
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
}

const itemClass =
  "cursor-pointer rounded-sm px-2 py-1.5 text-sm outline-hidden data-[highlighted]:bg-accent data-[disabled]:opacity-50";

/** Who is signed in, and the way out: this session, or every session of this person. */
export function UserMenu({ person, signOut, signOutEverywhere }: UserMenuProps) {
  const t = useTranslations("shell.account");
  const [pending, startTransition] = useTransition();
  const leave = (end: () => Promise<void>) =>
    startTransition(async () => {
      await end();
      // A full load: every page and cache of the signed-in person goes with it.
      window.location.assign(SIGN_IN_PATH);
    });
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        className="flex items-center gap-1 rounded-md px-2 py-1 text-sm hover:bg-accent"
        aria-label={t("menuLabel", { name: person.name })}
      >
        <CircleUser aria-hidden className="size-4" />
        <span className="max-w-40 truncate">{person.name}</span>
        <ChevronDown aria-hidden className="size-3" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-56 rounded-md border border-border bg-background p-1 shadow-md"
        >
          <DropdownMenu.Label className="px-2 py-1.5 text-sm">
            <span className="block font-medium">{t("signedInAs", { name: person.name })}</span>
            <span className="block text-muted-foreground">{person.email}</span>
            <span className="block text-xs text-muted-foreground">
              {person.signsInWith === "oidc" ? t("withSso") : t("withPassword")}
            </span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item className={itemClass} disabled={pending} onSelect={() => leave(signOut)}>
            {t("signOut")}
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className={itemClass}
            disabled={pending}
            onSelect={() => leave(signOutEverywhere)}
          >
            {t("signOutEverywhere")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
