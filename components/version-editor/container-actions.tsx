"use client";

import { ArrowDown, ArrowUp, Copy, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";

export type ContainerActionHandlers = {
  onMove: (from: number, to: number) => void;
  onDuplicate: (index: number) => void;
  onRemove: (index: number) => void;
};

export function ContainerActions({ index, isLast, onlyOne, onMove, onDuplicate, onRemove }: ContainerActionHandlers & { index: number; isLast: boolean; onlyOne: boolean }) {
  const n = index + 1;
  return (
    <div className="flex shrink-0 items-center gap-1">
      <Button type="button" variant="ghost" size="icon" aria-label={`Move container ${n} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
        <ArrowUp aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" aria-label={`Move container ${n} down`} disabled={isLast} onClick={() => onMove(index, index + 1)}>
        <ArrowDown aria-hidden />
      </Button>
      <Button type="button" variant="ghost" size="icon" aria-label={`Duplicate container ${n}`} onClick={() => onDuplicate(index)}>
        <Copy aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        aria-label={`Remove container ${n}`}
        disabled={onlyOne}
        title={onlyOne ? "A version needs at least one container" : undefined}
        onClick={() => onRemove(index)}
      >
        <Trash2 aria-hidden />
      </Button>
    </div>
  );
}
