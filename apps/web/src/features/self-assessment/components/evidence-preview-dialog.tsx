import { Dialog } from '../../../components/dialog';
import { ErrorAlert } from '../../../components/error-alert';
import { useI18n } from '../../../lib/i18n';
import { useEvidenceUrl } from '../api/get-evidence-file';
import type { Evidence } from '../api/types';

/** Types the browser shows itself (the API serves them inline with `?inline=1`). */
export const previewable = (mime: string) => mime === 'application/pdf' || mime.startsWith('image/');

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
