import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first shown: `load` is a dynamic `import()` of a route or feature module, `name` the
 * component it exports. Each such module becomes its own chunk, so the login page downloads none of them,
 * nor the features' texts (`app/messages.ts`).
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => {
    // Every feature's texts arrive with the first page (one chunk, then cached): pages use each other's.
    const [module] = await Promise.all([load(), import('./messages')]);
    return { default: module[name] };
  });
}
