import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../lib/api-client';
import { analysisKeys } from './keys';

/** The province's PAR INDEX, SIPAS and PAPI per year, newest first, with the change of rank. */
export const getNationalStanding = (signal?: AbortSignal) =>
  unwrap(api.GET('/api/v1/national-standing', { signal }));

export const nationalStandingQueryOptions = () =>
  queryOptions({ queryKey: analysisKeys.standing(), queryFn: ({ signal }) => getNationalStanding(signal) });
