"use client";

import { useRouter } from "next/navigation";

/**
 * A GET form that leaves empty fields out of the URL it navigates to, so filtered URLs stay
 * short and shareable. Without JavaScript it is a plain GET form and still works.
 */
export function CleanGetForm({ action, children, ...props }: Omit<React.ComponentProps<"form">, "action" | "method" | "onSubmit"> & { action: string }) {
  const router = useRouter();
  return (
    <form
      {...props}
      method="get"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget)) {
          if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
        }
        const query = params.toString();
        router.push(query ? `${action}?${query}` : action);
      }}
    >
      {children}
    </form>
  );
}
