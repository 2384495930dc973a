// Test helper: a bare HTTP server that records requests exactly as received, so the verifier can
// be run against what real signing clients put on the wire.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { SignedRequest } from "@/lib/sandbox/gateway/signature";

export interface CaptureServer {
  endpoint: string;
  requests: SignedRequest[];
  close: () => Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startCaptureServer(): Promise<CaptureServer> {
  const requests: SignedRequest[] = [];
  const server = createServer((req, res) => {
    readAll(req).then(
      (body) => {
        requests.push({
          method: req.method ?? "GET",
          url: req.url ?? "/",
          headers: req.headersDistinct,
          body,
        });
        res.writeHead(200, { "content-type": "application/json;charset=utf-8" });
        res.end(JSON.stringify({ RequestId: "CAPTURED" }));
      },
      (error: unknown) => res.destroy(error instanceof Error ? error : undefined),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
