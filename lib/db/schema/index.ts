export * from "./auth";
export * from "./portal";
export * from "./operations";
export * from "./approvals";
export * from "./library";
