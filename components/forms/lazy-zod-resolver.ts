import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * zodResolver with the shared schema, but the schema module (and zod with it,
 * ~30 kB gzip) is fetched when the form is first used instead of with the page:
 * most visits to a page with a form only read it (issue 8, first-load JS).
 * Same schema, same messages — only when the code arrives differs.
 * `preload` (on the form's first focus) starts the fetch before the first submit.
 */
export type LazyResolver<S extends z.ZodType> = Resolver<z.input<S> & FieldValues, unknown, z.output<S>> & { preload: () => void };

export function lazyZodResolver<S extends z.ZodType>(loadSchema: () => Promise<S>): LazyResolver<S> {
  let loading: Promise<Resolver<FieldValues, unknown, unknown>> | undefined;
  const load = () =>
    (loading ??= Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(
      ([schema, { zodResolver }]) => zodResolver(schema as never) as Resolver<FieldValues, unknown, unknown>,
    ).catch((error: unknown) => {
      // A failed fetch (offline for a moment) must not stick: the next submit tries again.
      loading = undefined;
      throw error;
    }));
  const resolver = (async (values, context, options) => (await load())(values, context, options as never)) as LazyResolver<S>;
  resolver.preload = () => void load().catch(() => undefined);
  return resolver;
}
