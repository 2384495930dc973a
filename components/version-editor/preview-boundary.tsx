"use client";

import { Component, type ReactNode } from "react";
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
    return (
      <section aria-labelledby="preview-heading" className="grid gap-3">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Request preview
        </h2>
        <Alert variant="warning" data-testid="preview-error">
          <AlertTitle>The preview could not be shown</AlertTitle>
          <AlertDescription>
            <p>It failed in this browser on one of the values. The form and what you typed are unaffected.</p>
            <Button type="button" size="sm" variant="outline" className="mt-2" onClick={() => this.setState({ failed: false })}>
              Try again
            </Button>
          </AlertDescription>
        </Alert>
      </section>
    );
  }
}
