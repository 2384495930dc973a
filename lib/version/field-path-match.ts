/**
 * Whether a change to the form field `changed` (react-hook-form's dotted name) concerns the field
 * an error named at `errorPath`: the same field, one inside it, or a list or group holding it (a
 * container removed, a list replaced).
 */
export function changeConcerns(errorPath: string, changed: string): boolean {
  return errorPath === changed || errorPath.startsWith(`${changed}.`) || changed.startsWith(`${errorPath}.`);
}
