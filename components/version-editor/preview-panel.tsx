"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { useWatch, type Control } from "react-hook-form";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { buildCreateVersionParams, buildReadableRequest } from "@/lib/version/build-params";
import { maskSecretEnv } from "@/lib/version/mask-secrets";
import type { VersionForm } from "@/lib/version/schema";
import { buildCliCommand, buildTypeScriptSnippet } from "@/lib/version/snippets";
import { CodeView } from "./code-view";

const json = (v: unknown) => JSON.stringify(v, null, 2);

function renderViews(values: VersionForm) {
  const params = buildCreateVersionParams(values);
  return {
    readable: json(buildReadableRequest(values)),
    wire: json(params),
    cli: buildCliCommand(params),
    typescript: buildTypeScriptSnippet(params),
  };
}

/** The live preview, produced by the same builder the server action uses. Deferred so typing never
 * waits for it. Secret-looking env values are masked on screen; copy buttons carry real values. */
export function PreviewPanel({ control }: { control: Control<VersionForm> }) {
  const values = useWatch({ control }) as VersionForm;
  const deferred = useDeferredValue(values);
  const [reveal, setReveal] = useState(false);
  const real = useMemo(() => renderViews(deferred), [deferred]);
  const shown = useMemo(() => (reveal ? real : renderViews(maskSecretEnv(deferred))), [reveal, real, deferred]);
  return (
    <section aria-labelledby="preview-heading" className="grid gap-3 [&>*]:min-w-0">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Request preview
        </h2>
        <div className="flex items-center gap-2">
          <Switch id="reveal-secrets" checked={reveal} onCheckedChange={setReveal} />
          <Label htmlFor="reveal-secrets">Reveal secret values</Label>
        </div>
      </div>
      <Tabs defaultValue="readable" className="min-w-0">
        <TabsList aria-label="Preview format">
          <TabsTrigger value="readable">Request</TabsTrigger>
          <TabsTrigger value="wire">Wire form</TabsTrigger>
          <TabsTrigger value="cli">CLI</TabsTrigger>
          <TabsTrigger value="typescript">TypeScript</TabsTrigger>
        </TabsList>
        <TabsContent value="readable">
          <CodeView label="request JSON" display={shown.readable} copyValue={real.readable} testId="preview-readable" />
        </TabsContent>
        <TabsContent value="wire">
          <p className="mb-2 text-sm text-muted-foreground">The form fields as sent: Containers travels as one JSON string.</p>
          <CodeView label="wire form" display={shown.wire} copyValue={real.wire} testId="preview-wire" />
        </TabsContent>
        <TabsContent value="cli">
          <CodeView label="aliyun CLI command" display={shown.cli} copyValue={real.cli} testId="preview-cli" />
        </TabsContent>
        <TabsContent value="typescript">
          <CodeView label="TypeScript snippet" display={shown.typescript} copyValue={real.typescript} testId="preview-typescript" />
        </TabsContent>
      </Tabs>
    </section>
  );
}
