import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type FieldError } from '../api/client';
import type { Page } from '../api/types';

/** Loads data from the API and reloads it when `path` changes. `path: null` loads nothing. */
export function useApi<T>(path: string | null) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(path !== null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    api<T>(path, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(null);
      })
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Er ging iets mis.'));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [path, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload, setData };
}

/** Sends a form: tracks busy state and the error to show, keeps the typed values untouched. */
export function useSubmit<A extends unknown[], T>(send: (...args: A) => Promise<T>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sending = useRef(false);
  const submit = useCallback(
    async (...args: A): Promise<T | undefined> => {
      // A double click sends once.
      if (sending.current) return undefined;
      sending.current = true;
      setBusy(true);
      setError(null);
      try {
        return await send(...args);
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Er ging iets mis. Probeer het opnieuw.'));
        return undefined;
      } finally {
        sending.current = false;
        setBusy(false);
      }
    },
    [send],
  );
  return { submit, busy, error, setError };
}

export function fieldErrors(error: ApiError | null): Record<string, string> {
  return Object.fromEntries((error?.fields ?? []).map((f: FieldError) => [f.field, f.message]));
}

/**
 * A list paged by cursor: the first page from `path` (reloaded when it changes), more pages
 * appended on request. `path` must already carry its query string. `first` is the first page as
 * the API answered it, for lists that send more than items (such as counts).
 */
export function usePagedList<T, P extends Page<T> = Page<T>>(path: string) {
  const first = useApi<P>(path);
  const [items, setItems] = useState<T[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  useEffect(() => {
    if (first.data) {
      setItems(first.data.items);
      setNext(first.data.nextCursor);
    }
  }, [first.data]);
  const loadMore = useCallback(async () => {
    if (!next) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const separator = path.includes('?') ? '&' : '?';
      const page = await api<Page<T>>(`${path}${separator}cursor=${encodeURIComponent(next)}`);
      setItems((current) => [...current, ...page.items]);
      setNext(page.nextCursor);
    } catch (e) {
      setMoreError(e instanceof ApiError ? e : new ApiError(0, 'unknown', 'Er ging iets mis. Probeer het opnieuw.'));
    } finally {
      setLoadingMore(false);
    }
  }, [path, next]);
  return { items, first: first.data, loading: first.loading, error: first.error ?? moreError, reload: first.reload, hasMore: next !== null, loadMore, loadingMore };
}
