import { ToastRegion } from "@/components/layout/toast-region";

// Discarding a draft, or all of them, answers in a toast; the toaster lives only where
// toasts are raised (components/layout/toast-region.tsx).
export default function DraftsLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      {children}
      <ToastRegion />
    </>
  );
}
