"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { useRenderMessage } from "@/components/i18n/use-render-message";
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
  const t = useTranslations("editor.env");
  const render = useRenderMessage();
  const name = `containers.${index}.env` as const;
  const [text, setText] = useState(() => formatEnvText(getValues(name)));
  const problems = useMemo(() => lineProblems(text), [text]);
  const id = fieldId(`${name}.text`);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("textLabel")}</Label>
      <Textarea
        id={id}
        rows={6}
        value={text}
        spellCheck={false}
        className="font-mono"
        placeholder={t("textPlaceholder")}
        aria-invalid={problems.length > 0 ? true : undefined}
        aria-describedby={describedBy(`${id}-desc`, problems.length > 0 && `${id}-errors`)}
        onChange={(e) => {
          setText(e.target.value);
          setValue(name, parseEnvText(e.target.value).rows, { shouldDirty: true });
        }}
      />
      <FieldDescription id={`${id}-desc`}>{t("textHint")}</FieldDescription>
      {problems.length > 0 && (
        <ul id={`${id}-errors`} className="grid gap-1 text-sm font-medium text-destructive">
          {problems.map((p) => (
            <li key={`${p.line}-${p.message}`}>
              {p.ofLine ? t("line", { line: p.line, message: render(p.message) }) : render(p.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Parse problems (which name their line) plus the shared schema's verdict on each parsed row;
 * `ofLine`: a schema message about that line, shown as "Line N: …". */
function lineProblems(text: string) {
  const parsed = parseEnvText(text);
  const problems: { line: number; message: string; ofLine?: boolean }[] = [...parsed.problems];
  const unreadable = new Set(parsed.problems.map((p) => p.line));
  const result = envListSchema.safeParse(parsed.rows);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const row = typeof issue.path[0] === "number" ? parsed.lines[issue.path[0]] : undefined;
      if (row && unreadable.has(row.line)) continue;
      problems.push({ line: row?.line ?? 0, message: issue.message, ofLine: row !== undefined });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
