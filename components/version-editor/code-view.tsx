import { useMemo } from "react";
import { useTranslations } from "next-intl";
import { CopyButton } from "@/components/ui/copy-button";

const LINES_PER_BLOCK = 40;

/** The text cut after every LINES_PER_BLOCK-th line break; joined, the blocks are the text again. */
export function splitIntoBlocks(text: string, linesPerBlock = LINES_PER_BLOCK): string[] {
  const blocks: string[] = [];
  let start = 0;
  let lines = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (++lines === linesPerBlock) {
      blocks.push(text.slice(start, i + 1));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < text.length || blocks.length === 0) blocks.push(text.slice(start));
  return blocks;
}

/**
 * A scrollable, keyboard-focusable code block with a copy button that copies `copyValue`.
 * The text is laid out in blocks of 40 lines, each skipped by the browser while scrolled out of
 * view (content-visibility): one text of 30 containers (~3,000 lines) was re-laid out whole on
 * every update, ~30 ms at 4x CPU. textContent is still exactly `display`.
 */
export function CodeView({ label, display, copyValue, testId }: { label: string; display: string; copyValue: string; testId?: string }) {
  const t = useTranslations("editor.preview");
  const blocks = useMemo(() => splitIntoBlocks(display), [display]);
  return (
    <div className="relative">
      <div className="absolute top-2 right-2">
        <CopyButton value={copyValue} label={t("copy", { label })} />
      </div>
      {/* Focusable so keyboard users can scroll it; a region so its label is allowed and announced
          (aria-label is prohibited on a plain <pre>, whose role is generic). */}
      <pre
        tabIndex={0}
        role="region"
        aria-label={label}
        data-testid={testId}
        className="max-h-[70vh] overflow-auto rounded-md bg-slate-950 p-4 pr-24 font-mono text-xs leading-relaxed text-slate-100 focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-hidden"
      >
        <code>
          {blocks.map((block, i) => (
            <span key={i} className="block [contain-intrinsic-size:auto_40lh] [content-visibility:auto]">
              {block}
            </span>
          ))}
        </code>
      </pre>
    </div>
  );
}
