import { ToastRegion } from "@/components/layout/toast-region";

// Grants, invitations, people and the four-eyes setting answer in toasts; the toaster lives only where
// toasts are raised (components/layout/toast-region.tsx).
export default function AdminLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <>
      {children}
      <ToastRegion />
    </>
  );
}
