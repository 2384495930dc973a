import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { versionFormSchema, type VersionForm } from "@/lib/version/schema";

/** The editor's validation: the shared schema the server action also checks with. Loaded on
 * demand by lazy-resolver.ts, so zod is not part of the editor's first-load JavaScript. */
export const versionResolver: Resolver<VersionForm> = zodResolver(versionFormSchema);
