import { emptyAcrImage, emptyProbe } from "@/lib/version/defaults";
import type { ContainerForm, VersionForm } from "@/lib/version/schema";

// Valid sample form values for the lib/version unit tests. Every factory returns a fresh object,
// so a test may mutate what it gets.

export const APP_ID = "app-880688675783790000";

/** httpGet probe, ACR image, env vars, probe headers. The exec and tcpSocket fields are filled
 * too, to show that only the selected probe type's fields are judged and sent. */
export function httpGetContainer(): ContainerForm {
  return {
    name: "web",
    image: "registry.cn-hangzhou.aliyuncs.com/team/web:1.4.2",
    isAcrImage: true,
    acr: {
      isEnterpriseRegistry: false,
      domain: "registry.cn-hangzhou.aliyuncs.com",
      instanceId: "",
      regionId: "cn-hangzhou",
      repoId: "crr-h1ghghu60ct0000",
      repoName: "web",
      repoNamespace: "team",
      tag: "1.4.2",
      tagUrl: "",
    },
    spec: "2C4G",
    storage: "10G",
    command: "nginx",
    args: "-g daemon-off",
    postStart: "",
    preStop: "",
    env: [
      { key: "LOG_LEVEL", value: "info" },
      { key: "FEATURE_FLAGS", value: "a=b" },
    ],
    probeType: "httpGet",
    probe: {
      exec: { command: "not-sent --because exec is not selected" },
      tcpSocket: { port: "9999" },
      httpGet: {
        path: "/healthz",
        port: "8080",
        host: "",
        scheme: "http",
        headers: [
          { name: "Content-Type", value: "application/json" },
          { name: "X-Health-Check", value: "1" },
        ],
      },
      initialDelaySeconds: "5",
      timeoutSeconds: "1",
      periodSeconds: "10",
      successThreshold: "1",
      failureThreshold: "3",
    },
  };
}

/** exec probe, lifecycle hooks, some timing left to the service default. */
export function execContainer(): ContainerForm {
  return {
    name: "worker",
    image: "busybox:1.36",
    isAcrImage: false,
    acr: emptyAcrImage(),
    spec: "1C2G",
    storage: "0.5G",
    command: "sh",
    args: "-c ./run-worker.sh",
    postStart: "sh -c 'echo started'",
    preStop: "sleep 5",
    env: [{ key: "QUEUE", value: "jobs" }],
    probeType: "exec",
    probe: {
      ...emptyProbe(),
      exec: { command: "cat /tmp/healthy" },
      initialDelaySeconds: "0",
      timeoutSeconds: "",
      periodSeconds: "30",
      successThreshold: "",
      failureThreshold: "",
    },
  };
}

/** tcpSocket probe, no env, nothing optional. */
export function tcpContainer(): ContainerForm {
  return {
    name: "redis",
    image: "redis:7",
    isAcrImage: false,
    acr: emptyAcrImage(),
    spec: "1C2G",
    storage: "0.5G",
    command: "",
    args: "",
    postStart: "",
    preStop: "",
    env: [],
    probeType: "tcpSocket",
    probe: { ...emptyProbe(), tcpSocket: { port: "6379" } },
  };
}

/** The 3-container version: one container per probe type. */
export function validVersion(): VersionForm {
  return {
    appId: APP_ID,
    name: "release-2024-06",
    remarks: "Canary with health probes",
    containers: [httpGetContainer(), execContainer(), tcpContainer()],
  };
}

/** The smallest valid version: one tcpSocket container, no remarks. */
export function minimalVersion(): VersionForm {
  return { appId: APP_ID, name: "minimal", remarks: "", containers: [tcpContainer()] };
}
