// Vitest alias target for `server-only`: unit tests run server modules directly in Node.
export {};
