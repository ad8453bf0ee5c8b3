import type { DefaultError, UseMutationOptions } from '@tanstack/react-query';

/**
 * What a screen adds to a feature's mutation hook (`useMovePeriod(id, config)`): its own reaction — close a
 * dialog, navigate, place a field error. The hook owns the request and the cache: its `onSuccess` /
 * `onError` update and invalidate the feature's queries first, then call these.
 */
export type MutationConfig<TData, TVariables = void> = Omit<
  UseMutationOptions<TData, DefaultError, TVariables>,
  'mutationFn'
>;

/** What a request function of a feature's api resolves to. */
export type ResultOf<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
