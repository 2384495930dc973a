"use client";

import { memo } from "react";
import { useTranslations } from "next-intl";
import { ChevronDown, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ContainerActions, type ContainerActionHandlers } from "./container-actions";
import { ContainerFields } from "./container-fields";
import { ContainerSummary } from "./container-summary";
import { hasShownError, useFormSelector } from "./use-field-error";

type ContainerCardProps = ContainerActionHandlers & {
  index: number;
  /** Booleans, not the count: adding a container then re-renders the previous last card only. */
  isLast: boolean;
  onlyOne: boolean;
  collapsed: boolean;
  onToggle: (index: number) => void;
  /** Added after the editor mounted: its fields below the name mount after the first paint. */
  deferFields: boolean;
};

/** One container. Memoised and scoped with useWatch/useFormState by index, so typing in one card
 * re-renders that card alone. A card holding errors stays open so they can be seen and focused. */
export const ContainerCard = memo(function ContainerCard({ index, isLast, onlyOne, collapsed, onToggle, deferFields, ...actions }: ContainerCardProps) {
  const hasErrors = useFormSelector(`containers.${index}`, (s) =>
    hasShownError(s.errors.containers?.[index], s.touchedFields.containers?.[index], s.isSubmitted),
  );
  const t = useTranslations("editor.card");
  const open = !collapsed || hasErrors;
  const headingId = `container-heading-${index}`;
  // content-visibility: auto lets the browser skip style, layout and paint of cards scrolled out of
  // view: with 30 open cards (~13,000 elements) every keystroke otherwise re-laid out and re-painted
  // them all. Skipped cards stay in the accessibility tree and in find-in-page; `auto` in the
  // intrinsic size makes a card keep its last rendered height, so the scrollbar does not jump.
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-border bg-background shadow-xs [contain-intrinsic-size:auto_60rem] [content-visibility:auto]"
      data-testid="container-card"
    >
      <header className="flex items-center gap-2 border-b border-border px-3 py-2">
        <Button
          type="button"
          variant="ghost"
          size="icon"
          aria-expanded={open}
          aria-controls={`container-body-${index}`}
          aria-label={t(open ? "collapse" : "expand", { n: index + 1 })}
          onClick={() => onToggle(index)}
          disabled={hasErrors}
        >
          {open ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
        </Button>
        <h3 id={headingId} className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2">
          <span className="shrink-0 text-sm font-semibold">{t("title", { n: index + 1 })}</span>
          <ContainerSummary index={index} />
        </h3>
        <ContainerActions index={index} isLast={isLast} onlyOne={onlyOne} {...actions} />
      </header>
      {open && <ContainerFields index={index} deferred={deferFields} />}
    </section>
  );
});
