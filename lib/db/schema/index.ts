export * from "./auth";
export * from "./portal";
export * from "./operations";
export * from "./approvals";
