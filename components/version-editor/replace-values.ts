import type { UseFormReturn } from "react-hook-form";
import type { VersionForm } from "@/lib/version/schema";

/**
 * Replaces every value of the form: a restored or discarded draft, an import. With
 * `keepFieldsRef` react-hook-form writes the new values into the inputs it already holds.
 * Without it, it forgets every input and counts on each one re-rendering to register again, and
 * the editor's fields do not re-render when the form's state changes (EditorForm keeps the form
 * context stable): they would keep showing the old values and stop being tracked.
 */
export function replaceValues(
  form: UseFormReturn<VersionForm>,
  values: VersionForm,
  { keepDefaultValues }: { keepDefaultValues: boolean },
): void {
  form.reset(values, { keepDefaultValues, keepFieldsRef: true });
}
