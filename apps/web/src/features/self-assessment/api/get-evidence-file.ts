import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/download';
import type { Evidence } from './types';

/** An evidence file's bytes; `inline` asks for the type the browser can show (PDF, images). */
export const fetchEvidence = (evidenceId: string, inline: boolean) =>
  unwrap(
    api.GET('/api/v1/evidence/{evidenceId}', {
      params: { path: { evidenceId }, query: inline ? { inline: '1' } : {} },
      parseAs: 'blob',
    }),
  );

/**
 * Shows a PDF in a new tab (the browser's own viewer). The tab is opened at once, inside the click, so that
 * no pop-up blocker stops it, and goes to the file once fetched. The SPA's Content-Security-Policy
 * (`default-src 'self'`, no `frame-src`) forbids framing a `blob:` URL, so a PDF cannot be shown inside
 * the page; images can (`img-src blob:`).
 */
export async function openInNewTab(evidence: Evidence): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const url = URL.createObjectURL(await fetchEvidence(evidence.id, true));
    if (tab) tab.location.href = url;
    else window.location.assign(url);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch (error) {
    tab?.close();
    throw error;
  }
}

/** Variables: the file; it opens in a new tab. */
export const useOpenEvidence = () => useMutation({ mutationFn: openInNewTab });

/** Variables: the file; it is saved under its own name. */
export const useDownloadEvidence = () =>
  useMutation({
    mutationFn: (file: Evidence) => fetchEvidence(file.id, false),
    onSuccess: (blob, file) => saveBlob(blob, file.fileName),
  });

/** The file as an object URL while it is shown (fetched with the bearer token), revoked afterwards. */
export function useEvidenceUrl(evidenceId: string): { url: string | null; error: unknown } {
  const [state, setState] = useState<{ url: string | null; error: unknown }>({ url: null, error: null });
  useEffect(() => {
    let url: string | null = null;
    let gone = false;
    fetchEvidence(evidenceId, true).then(
      (blob) => {
        if (gone) return;
        url = URL.createObjectURL(blob);
        setState({ url, error: null });
      },
      (error: unknown) => {
        if (!gone) setState({ url: null, error });
      },
    );
    return () => {
      gone = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [evidenceId]);
  return state;
}
