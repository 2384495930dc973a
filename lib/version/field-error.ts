/** A message for one form field, by its dotted path (`containers.0.image`; "" is the whole form).
 * `message` is a message reference (lib/i18n/message-ref.ts) or, from a service, plain text. */
export type FieldError = { path: string; message: string };
