import { FlaskConical } from "lucide-react";
import type { BackendInfo } from "@/lib/esa/types";

/** Says on every page which backend requests go to, so nobody mistakes the sandbox for production. */
export function BackendBanner({ backend }: { backend: BackendInfo | null }) {
  if (backend?.mode === "aliyun") {
    return (
      <p className="text-xs text-muted-foreground" data-testid="backend-mode">
        Alibaba Cloud ESA · <span className="font-mono">{backend.endpoint}</span>
      </p>
    );
  }
  return (
    <div role="note" data-testid="backend-mode" className="flex items-center gap-2 bg-warning-background px-4 py-2 text-sm text-warning">
      <FlaskConical aria-hidden className="size-4 shrink-0" />
      <span>
        <strong>Sandbox mode.</strong> Requests go to the local ESA sandbox
        {backend ? <span className="font-mono"> ({backend.endpoint})</span> : null}, not to Alibaba Cloud. Set ESA_ENDPOINT and
        credentials to use the real service.
      </span>
    </div>
  );
}
