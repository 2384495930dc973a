import Link from "next/link";
import { SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";

interface EmptyListProps {
  title: string;
  children?: React.ReactNode;
  action?: { label: string; href: string };
}

/** What a list shows instead of an empty table: why it is empty and the way out. */
export function EmptyList({ title, children, action }: EmptyListProps) {
  return (
    <div
      role="status"
      data-testid="empty-list"
      className="grid justify-items-center gap-2 rounded-lg border border-dashed border-border px-6 py-10 text-center"
    >
      <SearchX aria-hidden className="size-6 text-muted-foreground" />
      <p className="font-medium">{title}</p>
      {children && <div className="text-sm text-muted-foreground">{children}</div>}
      {action && (
        <Button asChild variant="outline" size="sm">
          <Link href={action.href}>{action.label}</Link>
        </Button>
      )}
    </div>
  );
}
