import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

/**
 * A definition list laid out as a responsive grid of label/value pairs. The wide-screen column
 * count is a prop, not a className override: `cn` does not merge classes.
 */
export function DetailList({
  className,
  columns = 3,
  children,
}: {
  className?: string;
  /** Columns from the `lg` breakpoint (two from `sm`). */
  columns?: 2 | 3;
  children: React.ReactNode;
}) {
  return (
    <dl className={cn("grid gap-x-6 gap-y-3 sm:grid-cols-2", columns === 2 ? "lg:grid-cols-2" : "lg:grid-cols-3", className)}>
      {children}
    </dl>
  );
}

export function DetailItem({
  label,
  children,
  mono = false,
}: {
  label: string;
  children: React.ReactNode;
  mono?: boolean;
}) {
  return (
    <div className="grid min-w-0 gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className={cn("text-sm break-words", mono && "font-mono")}>{children}</dd>
    </div>
  );
}

/** Shown where a field is empty, so an empty value reads as "not set" rather than missing. */
export function NotSet({ children }: { children?: React.ReactNode }) {
  const t = useTranslations("browse");
  return <span className="font-sans text-muted-foreground">{children ?? t("notSet")}</span>;
}
