import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";

import { cn } from "@/lib/utils";

/** The wrapper scrolls horizontally so wide tables never widen the page. */
function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <div data-slot="table-container" className="relative w-full overflow-x-auto">
      <table data-slot="table" className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead data-slot="table-header" className={cn("[&_tr]:border-b [&_tr]:border-border", className)} {...props} />;
}

function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody data-slot="table-body" className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      data-slot="table-row"
      className={cn("border-b border-border transition-colors hover:bg-muted/60 data-[state=selected]:bg-muted", className)}
      {...props}
    />
  );
}

// Alignment is a prop, not a `text-right` className: `cn` does not merge, so `text-left` and
// `text-right` would both land on the th and the stylesheet's order would pick one.
const tableHeadVariants = cva("h-10 px-2 align-middle font-medium whitespace-nowrap text-muted-foreground", {
  variants: { align: { left: "text-left", center: "text-center", right: "text-right" } },
  defaultVariants: { align: "left" },
});

type TableHeadProps = Omit<React.ComponentProps<"th">, "align"> & VariantProps<typeof tableHeadVariants>;

function TableHead({ className, align, ...props }: TableHeadProps) {
  return <th data-slot="table-head" className={cn(tableHeadVariants({ align }), className)} {...props} />;
}

function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return <td data-slot="table-cell" className={cn("p-2 align-middle", className)} {...props} />;
}

function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return <caption data-slot="table-caption" className={cn("mt-4 text-sm text-muted-foreground", className)} {...props} />;
}

export { Table, TableHeader, TableBody, TableRow, TableHead, TableCell, TableCaption };
