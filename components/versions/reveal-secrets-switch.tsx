"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";

import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import type { RevealSecretsAction } from "@/lib/browse/reveal-result";
import type { RawEsaContainer } from "@/lib/esa/types";

interface RevealSecretsSwitchProps {
  id: string;
  appId: string;
  versionId: string;
  /** The containers with their real values while revealed, else null. */
  revealed: RawEsaContainer[] | null;
  onRevealedChange: (containers: RawEsaContainer[] | null) => void;
  /** The audited server action that answers the real values (submitters and above). */
  revealAction: RevealSecretsAction;
  /** Why this person may not reveal (a viewer); the switch is then disabled and says so. */
  refusal?: string;
}

/**
 * The page only ever receives redacted values. Switching on asks the server for the real ones
 * (each time: every reveal is audited); switching off forgets them.
 */
export function RevealSecretsSwitch({
  id,
  appId,
  versionId,
  revealed,
  onRevealedChange,
  revealAction,
  refusal,
}: RevealSecretsSwitchProps) {
  const t = useTranslations("versions.detail");
  const [pending, startTransition] = useTransition();
  const [problem, setProblem] = useState<string | null>(null);
  const noteId = useId();
  const note = refusal ?? problem;

  const change = (on: boolean) => {
    setProblem(null);
    if (!on) return onRevealedChange(null);
    startTransition(async () => {
      const result = await revealAction(appId, versionId);
      if (result.ok) onRevealedChange(result.containers);
      else setProblem(result.message);
    });
  };

  return (
    <div className="grid justify-items-end gap-1">
      <div className="flex items-center gap-2">
        <Switch
          id={id}
          checked={revealed !== null}
          disabled={refusal !== undefined || pending}
          aria-describedby={note ? noteId : undefined}
          onCheckedChange={change}
        />
        <Label htmlFor={id}>{pending ? t("revealing") : t("reveal")}</Label>
      </div>
      {note && (
        <p
          id={noteId}
          role={problem ? "alert" : undefined}
          className="max-w-sm text-right text-xs text-muted-foreground"
        >
          {note}
        </p>
      )}
    </div>
  );
}
