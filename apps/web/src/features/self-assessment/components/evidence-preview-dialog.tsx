import { useEffect, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { fetchEvidence, type Evidence } from '../api';

/** Types the browser shows itself (the API serves them inline with `?inline=1`). */
export const previewable = (mime: string) => mime === 'application/pdf' || mime.startsWith('image/');

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

/** The file as an object URL while it is shown (fetched with the bearer token), revoked afterwards. */
function useEvidenceUrl(evidenceId: string): { url: string | null; error: unknown } {
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

/** An image shown in place, with a link to open it in a new tab. */
export function EvidencePreviewDialog({ evidence, onClose }: { evidence: Evidence; onClose(): void }) {
  const { t } = useI18n();
  const { url, error } = useEvidenceUrl(evidence.id);
  return (
    <Dialog title={evidence.fileName} onClose={onClose} wide>
      <ErrorAlert error={error} />
      {!url && !error && <p role="status">{t('table.loading')}</p>}
      {url && <img className="evidence-preview" src={url} alt={evidence.fileName} />}
      {url && (
        <p className="form-actions">
          <a className="button-secondary" href={url} target="_blank" rel="noreferrer">
            {t('assessment.evidence.openTab')}
          </a>
        </p>
      )}
    </Dialog>
  );
}
