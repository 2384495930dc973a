"use client";

import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";

interface RevealSecretsSwitchProps {
  id: string;
  revealed: boolean;
  onRevealedChange: (revealed: boolean) => void;
}

export function RevealSecretsSwitch({ id, revealed, onRevealedChange }: RevealSecretsSwitchProps) {
  return (
    <div className="flex items-center gap-2">
      <Switch id={id} checked={revealed} onCheckedChange={onRevealedChange} />
      <Label htmlFor={id}>Reveal secret values</Label>
    </div>
  );
}
