"use client";

import { Component, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The preview's own error boundary: should building the preview fail on some value, the preview
 * says so and the form, with everything typed into it, stays. "Try again" renders it anew (after
 * the value has been changed, say).
 */
export class PreviewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <PreviewFailed onRetry={() => this.setState({ failed: false })} />;
  }
}

function PreviewFailed({ onRetry }: { onRetry: () => void }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="preview-heading" className="grid gap-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("editor.preview.heading")}
      </h2>
      <Alert variant="warning" data-testid="preview-error">
        <AlertTitle>{t("editor.preview.failedTitle")}</AlertTitle>
        <AlertDescription>
          <p>{t("editor.preview.failedBody")}</p>
          <Button type="button" size="sm" variant="outline" className="mt-2" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        </AlertDescription>
      </Alert>
    </section>
  );
}
