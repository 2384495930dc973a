import "server-only";

// The embedded sandbox serves every emulated product; its holder lives in lib/aliyun.
export { clearSandbox, publishSandbox, readSandbox, type SandboxEndpoint } from "@/lib/aliyun/sandbox-holder";
