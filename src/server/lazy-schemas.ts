/**
 * Route schemas compiled on first use instead of at start.
 *
 * Fastify compiles every route's validator (Ajv) and response serializer (fast-json-stringify)
 * while it gets ready: for this API that was 0.3-1.1 s of CPU at every start (a third of a warm
 * start's work), although most routes are never called in a given run. These factories wrap
 * Fastify's own compilers (the same packages, the same options) and defer each route's compile
 * to its first request. A schema that does not compile would then fail that request instead of
 * the start: `buildApp(…, { eagerSchemas: true })` keeps the eager behaviour, and a test builds
 * the whole app that way so every schema is still compiled once in CI.
 */
import AjvCompiler from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';

type AnyFn = (...args: unknown[]) => unknown;
type Factory = (externalSchemas: unknown, options: unknown) => (route: unknown) => AnyFn;

/** Like Fastify's default validator factory, with each route's validator compiled on first use. */
export function lazyValidatorFactory(): Factory {
  const base = (AjvCompiler as unknown as () => Factory)();
  return (externalSchemas, options) => {
    let compile: ((route: unknown) => AnyFn) | undefined;
    return (route) => {
      let fn: (AnyFn & { errors?: unknown; schemaEnv?: unknown }) | undefined;
      const lazy = ((data: unknown, ctx?: unknown) => {
        if (!fn) {
          compile ??= base(externalSchemas, options);
          fn = compile(route);
          // Fastify passes the parent data (for root coercion) to validators that have a schemaEnv.
          lazy.schemaEnv = fn.schemaEnv;
        }
        const ok = ctx === undefined ? fn(data) : fn(data, ctx);
        lazy.errors = fn.errors;
        return ok;
      }) as AnyFn & { errors?: unknown; schemaEnv?: unknown };
      return lazy;
    };
  };
}

/** Like Fastify's default serializer factory, with each response serializer compiled on first use. */
export function lazySerializerFactory(): Factory {
  const base = (SerializerSelector as unknown as () => Factory)();
  return (externalSchemas, options) => {
    let compile: ((route: unknown) => AnyFn) | undefined;
    return (route) => {
      let fn: AnyFn | undefined;
      return (data: unknown) => {
        if (!fn) {
          compile ??= base(externalSchemas, options);
          fn = compile(route);
        }
        return fn(data);
      };
    };
  };
}
