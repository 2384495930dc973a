/** A message for one form field, by its dotted path (`containers.0.image`; "" is the whole form). */
export type FieldError = { path: string; message: string };
