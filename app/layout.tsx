import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Version Studio", template: "%s · Version Studio" },
  description: "Compose, preview and submit versions of ESA edge container applications.",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
