import { msg } from "@/lib/i18n/message-ref";
import type { ContainerForm } from "@/lib/version/schema";

// One line per container for pickers and lists: image, spec, storage and health probe. The image
// and probe are message references where they hold words ("(no image)", "TCP port 80").

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
      return msg("library.summary.exec", { command: probe.exec.command || msg("library.summary.noCommand") });
    case "tcpSocket":
      return msg("library.summary.tcp", { port: probe.tcpSocket.port || "?" });
    case "httpGet":
      return msg("library.summary.http", {
        scheme: probe.httpGet.scheme.toUpperCase(),
        path: probe.httpGet.path || "/",
        port: probe.httpGet.port || "?",
      });
  }
}

export function summarizeContainer(container: ContainerForm): ContainerSummary {
  return {
    name: container.name,
    image: container.image || msg("library.summary.noImage"),
    spec: container.spec,
    storage: container.storage,
    probe: probeText(container),
  };
}
