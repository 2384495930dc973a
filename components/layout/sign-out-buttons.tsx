"use client";

import { useTransition } from "react";

import { SIGN_IN_PATH } from "@/lib/auth/gate-rules";

interface SignOutButtonsProps {
  signOut: () => Promise<void>;
  signOutEverywhere: () => Promise<void>;
  /** Their words, from the server. */
  labels: { signOut: string; signOutEverywhere: string };
}

const itemClass =
  "w-full cursor-pointer rounded-sm px-2 py-1.5 text-left text-sm outline-hidden hover:bg-accent focus-visible:bg-accent disabled:cursor-default disabled:opacity-50";

/** The user menu's ways out: this session, or every session of this person. */
export function SignOutButtons({ signOut, signOutEverywhere, labels }: SignOutButtonsProps) {
  const [pending, startTransition] = useTransition();
  const leave = (end: () => Promise<void>) =>
    startTransition(async () => {
      await end();
      // A full load: every page and cache of the signed-in person goes with it.
      window.location.assign(SIGN_IN_PATH);
    });
  return (
    <>
      <button type="button" className={itemClass} disabled={pending} onClick={() => leave(signOut)}>
        {labels.signOut}
      </button>
      <button type="button" className={itemClass} disabled={pending} onClick={() => leave(signOutEverywhere)}>
        {labels.signOutEverywhere}
      </button>
    </>
  );
}
