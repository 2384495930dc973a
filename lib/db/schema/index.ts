export * from "./auth";
export * from "./portal";
