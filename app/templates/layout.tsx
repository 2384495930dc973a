import { ToastRegion } from "@/components/layout/toast-region";

// The library's saves, imports, restores and archive changes answer in toasts; the toaster lives only where
// toasts are raised (components/layout/toast-region.tsx).
export default function TemplatesLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      {children}
      <ToastRegion />
    </>
  );
}
