// Stable DOM ids derived from a form path, so labels, descriptions and errors can be linked.
export const fieldId = (name: string) => `f-${name.replace(/\./g, "-")}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;
export const descriptionId = (name: string) => `${fieldId(name)}-desc`;

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
