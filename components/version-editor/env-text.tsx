"use client";

import { useMemo, useState } from "react";
import { useFormContext } from "react-hook-form";
import { FieldDescription } from "@/components/ui/field";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { formatEnvText, parseEnvText } from "@/lib/version/env-text";
import { envListSchema, type VersionForm } from "@/lib/version/schema";
import { describedBy, fieldId } from "./field-ids";

/** `.env`-style editing. Every keystroke is parsed into the form's rows, so the form value and the
 * preview follow the text, and switching back to rows shows exactly what was typed. */
export function EnvText({ index }: { index: number }) {
  const { getValues, setValue } = useFormContext<VersionForm>();
  const name = `containers.${index}.env` as const;
  const [text, setText] = useState(() => formatEnvText(getValues(name)));
  const problems = useMemo(() => lineProblems(text), [text]);
  const id = fieldId(`${name}.text`);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Variables as text</Label>
      <Textarea
        id={id}
        rows={6}
        value={text}
        spellCheck={false}
        className="font-mono"
        placeholder={"# one per line\nNODE_ENV=production\nLOG_LEVEL=info"}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={describedBy(`${id}-desc`, problems.length > 0 && `${id}-errors`)}
        onChange={(e) => {
          setText(e.target.value);
          setValue(name, parseEnvText(e.target.value).rows, { shouldDirty: true });
        }}
      />
      <FieldDescription id={`${id}-desc`}>
        KEY=VALUE per line, read as a .env file: # starts a comment unless the value is quoted. Values can&apos;t contain commas.
      </FieldDescription>
      {problems.length > 0 && (
        <ul id={`${id}-errors`} className="grid gap-1 text-sm font-medium text-destructive">
          {problems.map((p) => (
            <li key={`${p.line}-${p.message}`}>{p.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Parse problems plus the shared schema's verdict on each parsed row, as "Line N: …" messages. */
function lineProblems(text: string) {
  const parsed = parseEnvText(text);
  const problems = [...parsed.problems];
  const unreadable = new Set(parsed.problems.map((p) => p.line));
  const result = envListSchema.safeParse(parsed.rows);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const row = typeof issue.path[0] === "number" ? parsed.lines[issue.path[0]] : undefined;
      if (row && unreadable.has(row.line)) continue;
      problems.push({ line: row?.line ?? 0, message: row ? `Line ${row.line}: ${issue.message}` : issue.message });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
