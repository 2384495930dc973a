import { z } from "zod";

// Path parameters are checked before they reach ESA. IDs look like `app-88068867578379****` and
// `ver-...`; the bounds are generous (AppId is 20-64 characters per esa-api-facts.md) so that the
// service, not this check, decides whether an ID exists.
const id = z
  .string()
  .trim()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._-]+$/);

export const appParamsSchema = z.object({ appId: id });
export const versionParamsSchema = z.object({ appId: id, versionId: id });
