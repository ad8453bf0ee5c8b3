import { useSearchParams } from 'react-router';

/**
 * List filters kept in the address (`?type=ward&q=…`), so a filtered list can be bookmarked, shared and
 * returned to with Back. Changing a filter other than `page` goes back to the first page.
 */
export function useUrlFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) ?? ''])) as Record<K, string>;
  const update = (changes: Partial<Record<K, string>>) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [name, value] of Object.entries(changes) as Array<[K, string | undefined]>) {
          if (value) next.set(name, value);
          else next.delete(name);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  return [values, update] as const;
}
