import { CopyButton } from "@/components/ui/copy-button";

/** A scrollable, keyboard-focusable code block with a copy button that copies `copyValue`. */
export function CodeView({ label, display, copyValue, testId }: { label: string; display: string; copyValue: string; testId?: string }) {
  return (
    <div className="relative">
      <div className="absolute top-2 right-2">
        <CopyButton value={copyValue} label={`Copy ${label}`} />
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
        <code>{display}</code>
      </pre>
    </div>
  );
}
