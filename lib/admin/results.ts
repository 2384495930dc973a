import { actionFailure, type ActionFailure } from "@/lib/submit/results";

// Admin changes answer in the editor's result vocabulary (lib/submit/results): a value, never a
// throw at the client; the guard's refusals have the same shape, and its audit row takes `code`.
export type AdminResult<T extends object = object> = ({ ok: true } & T) | ActionFailure;

export function adminFailure(code: string, message: string, fieldErrors?: Record<string, string>): ActionFailure {
  if (!fieldErrors) return actionFailure(code, message);
  return actionFailure(code, message, {
    fieldErrors: Object.entries(fieldErrors).map(([path, fieldMessage]) => ({ path, message: fieldMessage })),
  });
}
