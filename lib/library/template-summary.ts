import type { ContainerForm } from "@/lib/version/schema";

// One line per container for pickers and lists: image, spec, storage and health probe.

export interface ContainerSummary {
  name: string;
  image: string;
  spec: string;
  storage: string;
  probe: string;
}

function probeText(container: ContainerForm): string {
  const { probe } = container;
  switch (container.probeType) {
    case "exec":
      return `exec ${probe.exec.command || "(no command)"}`;
    case "tcpSocket":
      return `TCP port ${probe.tcpSocket.port || "?"}`;
    case "httpGet":
      return `HTTP ${probe.httpGet.scheme.toUpperCase()} ${probe.httpGet.path || "/"} on port ${probe.httpGet.port || "?"}`;
  }
}

export function summarizeContainer(container: ContainerForm): ContainerSummary {
  return {
    name: container.name,
    image: container.image || "(no image)",
    spec: container.spec,
    storage: container.storage,
    probe: probeText(container),
  };
}

/** "web: nginx:1.25, 1C2G, 0.5G, HTTP GET / on port 80" */
export function containerSummaryLine(container: ContainerForm): string {
  const s = summarizeContainer(container);
  return `${s.name || "container"}: ${s.image}, ${s.spec}, ${s.storage}, ${s.probe}`;
}
