import { msg } from "@/lib/i18n/message-ref";

import type { EnvVarRow } from "./schema";

// The env editor's text mode reads `.env` text by dotenv's rules, the format people paste from
// (env-text.test.ts holds this parser to dotenv 17's own parse(), entry by entry):
// - `export ` before a key is ignored; `KEY=value` and `KEY: value` both set KEY;
// - an unquoted value ends at `#` (the rest is a comment) and is trimmed;
// - a value in '…', "…" or `…` keeps everything inside, `#` included, and may span lines;
// - inside double quotes, \n and \r become a line break and a carriage return.
// dotenv's parse() itself is not called: this runs in the browser on every keystroke, and the
// package's entry point pulls in fs, os and crypto (over 100 KB of browser polyfills).
// Unlike dotenv, nothing typed is dropped: a line that is not KEY=VALUE becomes a row whose key is
// the whole line, with a problem naming the line, and a repeated key stays a row of its own; the
// schema then flags both, so switching back to rows shows them.

/** `line` is where the variable starts (a quoted value can continue on the lines after it).
 * A problem's message is a reference to the "validation" catalog (lib/i18n/message-ref.ts). */
export type ParsedEnvLine = { line: number; row: EnvVarRow };
export type EnvParseResult = {
  rows: EnvVarRow[];
  lines: ParsedEnvLine[];
  problems: { line: number; message: string }[];
};

// dotenv's key and separator; [^\S\n] is whitespace that stays on the line.
const HEADER = /^[^\S\n]*(?:export[^\S\n]+)?([\w.-]+)(?:[^\S\n]*=|:[^\S\n]+)/;
const QUOTES = new Set(["'", '"', "`"]);
/** What may follow a closing quote on its line: spaces and a comment. */
const AFTER_CLOSING_QUOTE = /^\s*(?:#.*)?$/;

function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i === -1 ? text.length : i;
}

/**
 * Where the quoted value opened at `open` closes, or -1. As in dotenv's pattern, a quote preceded
 * by a backslash may be part of the value, the first one that is not must close it, and the
 * furthest candidate after which the line holds only a comment wins.
 */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  const candidates: number[] = [];
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] !== quote) continue;
    candidates.push(i);
    if (text[i - 1] !== "\\") break;
  }
  for (let k = candidates.length - 1; k >= 0; k--) {
    const at = candidates[k]!;
    if (AFTER_CLOSING_QUOTE.test(text.slice(at + 1, lineEnd(text, at + 1)))) return at;
  }
  return -1;
}

/** dotenv's finishing of a matched value: trimmed, outer quotes removed, \n and \r expanded in "…". */
function finishValue(raw: string): string {
  const value = raw.trim();
  const unquoted = value.replace(/^(['"`])([\s\S]*)\1$/gm, "$2");
  return value.startsWith('"') ? unquoted.replace(/\\n/g, "\n").replace(/\\r/g, "\r") : unquoted;
}

/** The value starting at `start`, and the end of the last line it occupies. */
function readValue(text: string, start: number): { value: string; end: number } {
  let at = start;
  while (at < text.length && text[at] !== "\n" && /\s/.test(text[at]!)) at++;
  const close = QUOTES.has(text[at] ?? "") ? closingQuote(text, at) : -1;
  if (close !== -1) return { value: finishValue(text.slice(at, close + 1)), end: lineEnd(text, close + 1) };
  const end = lineEnd(text, start);
  const hash = text.indexOf("#", start);
  return { value: finishValue(text.slice(start, hash !== -1 && hash < end ? hash : end)), end };
}

export function parseEnvText(text: string): EnvParseResult {
  const src = text.replace(/\r\n?/g, "\n");
  const lines: ParsedEnvLine[] = [];
  const problems: EnvParseResult["problems"] = [];
  let pos = 0;
  let line = 1;
  for (;;) {
    let end = lineEnd(src, pos);
    const raw = src.slice(pos, end);
    const trimmed = raw.trim();
    if (trimmed !== "" && !trimmed.startsWith("#")) {
      const header = HEADER.exec(raw);
      const eq = raw.indexOf("=");
      if (header) {
        const read = readValue(src, pos + header[0].length);
        lines.push({ line, row: { key: header[1]!, value: read.value } });
        end = read.end;
      } else if (eq !== -1) {
        // A line dotenv skips (a key with a space in it, say) is kept as typed, so the schema
        // names what is wrong with it. Its value stays on its line: dotenv reads the next line
        // on its own.
        const key = raw.slice(0, eq).trim().replace(/^export\s+/, "");
        lines.push({ line, row: { key, value: readValue(raw, eq + 1).value } });
      } else {
        problems.push({ line, message: msg("validation.env.noEquals", { line }) });
        lines.push({ line, row: { key: trimmed.replace(/^export\s+/, ""), value: "" } });
      }
    }
    if (end >= src.length) break;
    line += src.slice(pos, end).split("\n").length;
    pos = end + 1;
  }
  return { rows: lines.map((l) => l.row), lines, problems };
}

/**
 * A value as parseEnvText reads it back: bare when that is exact, else in the first quotes that
 * hold it exactly. Only a value holding all three quote characters, or one that needs quotes and
 * ends with a backslash, has no exact spelling (dotenv has no escape for a quote).
 */
function formatValue(value: string): string {
  if (value === value.trim() && !/[#\n\r]/.test(value) && !/^['"`]/.test(value)) return value;
  const escapeBreaks = (v: string) => v.replace(/\n/g, "\\n").replace(/\r/g, "\\r");
  if (!value.includes('"') && !/\\[nr]/.test(value)) return `"${escapeBreaks(value)}"`;
  if (!value.includes("'")) return `'${value}'`;
  if (!value.includes("`")) return `\`${value}\``;
  return `"${escapeBreaks(value)}"`;
}

/** Rows back to text that parseEnvText reads as the same rows. */
export function formatEnvText(rows: EnvVarRow[]): string {
  return rows.map(({ key, value }) => `${key}=${formatValue(value)}`).join("\n");
}
