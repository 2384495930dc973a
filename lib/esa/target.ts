import "server-only";

// ESA talks to the backend exactly as configured (ESA_ENDPOINT or the embedded sandbox).
export { resolveBackend as resolveTarget, type BackendTarget as EsaTarget } from "@/lib/aliyun/target";
