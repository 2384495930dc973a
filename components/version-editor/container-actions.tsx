"use client";

import { ArrowDown, ArrowUp, Copy, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export type ContainerActionHandlers = {
  onMove: (from: number, to: number) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
};

export function ContainerActions({ index, isLast, onlyOne, onMove, onDuplicate, onRemove }: ContainerActionHandlers & { index: number; isLast: boolean; onlyOne: boolean }) {
  const t = useTranslations("editor.card");
  const n = index + 1;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <Button type="button" variant="ghost" size="icon" aria-label={t("moveUp", { n })} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        <ArrowUp aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" aria-label={t("moveDown", { n })} disabled={isLast} onClick={() => onMove(index, index + 1)}>
        <ArrowDown aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" aria-label={t("duplicate", { n })} onClick={() => onDuplicate(index)}>
        <Copy aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        aria-label={t("remove", { n })}
        disabled={onlyOne}
        title={onlyOne ? t("onlyOne") : undefined}
        onClick={() => onRemove(index)}
      >
        <Trash2 aria-hidden />
      </Button>
    </div>
  );
}
