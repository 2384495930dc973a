// Server actions receive anything; the account forms' values are strings, read field by field
// (a missing or non-string field reads as empty, which the schema then refuses on that field).

export function stringFields<K extends string>(input: unknown, keys: readonly K[]): Record<K, string> {
  const record = input !== null && typeof input === "object" ? (input as Record<string, unknown>) : {};
  return Object.fromEntries(
    keys.map((key) => [key, typeof record[key] === "string" ? record[key].slice(0, 4096) : ""]),
  ) as Record<K, string>;
}
