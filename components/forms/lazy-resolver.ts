import type { FieldValues, Resolver } from "react-hook-form";

// A form's validation is the shared zod schema the server action checks with. zod and the schema
// are ~30 KiB gzip of JavaScript that nothing on first paint needs: a form is first judged when it
// is submitted (or a field loses focus). So the resolver's code loads on first use, and forms warm it
// when someone starts on them (focus), which is long before the first judgement.

export interface LazyResolver<V extends FieldValues, C = unknown, O = V> {
  /** react-hook-form's resolver: the real one once loaded. */
  resolver: Resolver<V, C, O>;
  /** Starts loading without waiting (e.g. on the form's first focus); failures are retried on use. */
  warm: () => void;
}

/**
 * `load` imports the module holding the real resolver (a dynamic import, so its code, zod
 * included, is its own chunk). If the code can't be loaded (a redeploy, the network) the form is
 * not blocked: the values pass unjudged, and the server, which validates with the same schema,
 * answers any error on its field.
 */
export function lazyResolver<V extends FieldValues, C = unknown, O = V>(
  load: () => Promise<Resolver<V, C, O>>,
): LazyResolver<V, C, O> {
  let pending: Promise<Resolver<V, C, O>> | null = null;
  const get = () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  const resolver: Resolver<V, C, O> = async (values, context, options) => {
    let real: Resolver<V, C, O>;
    try {
      real = await get();
    } catch {
      return { values: values as unknown as O, errors: {} };
    }
    return real(values, context, options);
  };
  return {
    resolver,
    warm: () => {
      get().catch(() => undefined);
    },
  };
}
