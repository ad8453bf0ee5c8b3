import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './api-client';
import type { Localized } from './messages';
import { periodKeys } from './period-queries';

// The names of a period's ranking groups, which the period, results and survey screens all show instead of
// the group codes (features do not import each other, so the query and the naming rule live here).

/** A ranking group's names, as the public feed and `GET /periods/{id}/ranking-groups` give them. */
export interface RankingGroupName {
  code: string;
  name: string;
  nameEn?: string;
}

/** The names of the ranking groups the demo and the provinces use, for a period whose groups were never named. */
const KNOWN_GROUPS: Record<string, Localized> = {
  departments: { vi: 'Sở, ban, ngành', en: 'Departments' },
  communes: { vi: 'Xã, phường', en: 'Communes and wards' },
  special: { vi: 'Cơ quan đặc thù', en: 'Special agencies' },
  districts: { vi: 'Huyện, thị xã, thành phố', en: 'Districts' },
};

/**
 * A group's name: the API's when it was given one (a group never named carries its code as its name), else a
 * known group's, else its code.
 */
export function groupName(
  code: string,
  lang: keyof Localized,
  fromApi?: readonly RankingGroupName[],
): string {
  const named = fromApi?.find((group) => group.code === code);
  if (named && named.name !== code) return lang === 'en' && named.nameEn ? named.nameEn : named.name;
  return KNOWN_GROUPS[code]?.[lang] ?? code;
}

/** The period's ranking groups with their names and members (admin and viewer; others keep the fallback names). */
export const rankingGroupsQueryOptions = (periodId: string) =>
  queryOptions({
    queryKey: [...periodKeys.detail(periodId), 'ranking-groups'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/periods/{id}/ranking-groups', { params: { path: { id: periodId } }, signal })),
    retry: false,
  });
