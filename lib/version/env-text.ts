import type { EnvVarRow } from "./schema";

// The env editor's text mode: `.env`-style lines. Parsing never drops what was typed: a line the
// parser can't read becomes a row whose key is the whole line, which the schema then flags, so
// switching back to rows shows it and nothing is lost.

export type ParsedEnvLine = { line: number; row: EnvVarRow };
export type EnvParseResult = {
  rows: EnvVarRow[];
  lines: ParsedEnvLine[];
  problems: { line: number; message: string }[];
};

function unquote(raw: string): string {
  const v = raw.trim();
  if (
    v.length >= 2 &&
    ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))
  )
    return v.slice(1, -1);
  return v;
}

export function parseEnvText(text: string): EnvParseResult {
  const lines: ParsedEnvLine[] = [];
  const problems: EnvParseResult["problems"] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) return;
    const body = trimmed.startsWith("export ")
      ? trimmed.slice("export ".length).trimStart()
      : trimmed;
    const eq = body.indexOf("=");
    if (eq === -1) {
      problems.push({ line, message: `Line ${line}: write it as KEY=VALUE (no "=" found).` });
      lines.push({ line, row: { key: body, value: "" } });
      return;
    }
    lines.push({
      line,
      row: { key: body.slice(0, eq).trim(), value: unquote(body.slice(eq + 1)) },
    });
  });
  return { rows: lines.map((l) => l.row), lines, problems };
}

/** Rows back to text. A value with leading/trailing spaces or a "#" is quoted so it reads back the same. */
export function formatEnvText(rows: EnvVarRow[]): string {
  return rows
    .map(({ key, value }) =>
      /^\s|\s$|#|^["']/.test(value) ? `${key}="${value}"` : `${key}=${value}`,
    )
    .join("\n");
}
