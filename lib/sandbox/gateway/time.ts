// ESA timestamps are ISO-8601 in UTC without milliseconds: `YYYY-MM-DDTHH:mm:ssZ`.

export function formatEsaTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
