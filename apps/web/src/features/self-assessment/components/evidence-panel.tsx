import { useRef, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { UploadProgress } from '../../../lib/upload';
import { useDownloadEvidence, useOpenEvidence } from '../api/get-evidence-file';
import { useRemoveEvidence } from '../api/remove-evidence';
import type { Evidence, LeafRef, UploadedEvidence } from '../api/types';
import { useUploadEvidence } from '../api/upload-evidence';
import { EvidencePreviewDialog, previewable } from './evidence-preview-dialog';

/** What the evidence server accepts (by content; the name must agree): PDF, Office, images, ZIP. */
const ACCEPT =
  '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.zip';

function useFileSize() {
  const { formatNumber } = useI18n();
  return (bytes: number) =>
    bytes < 1024
      ? `${formatNumber(bytes)} B`
      : bytes < 1024 * 1024
        ? `${formatNumber(Math.round(bytes / 1024))} KB`
        : `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

interface EvidencePanelProps {
  leaf: LeafRef;
  /** The leaf's title, so that screen readers hear which leaf a button acts on. */
  subject: string;
  evidence: readonly Evidence[];
  /** The stage files are attached in now (self-assessment or explanation); null: read only. */
  stage: Evidence['stage'] | null;
  /** After an upload or a removal (the unit's assessment is read again either way). */
  onChanged?(): void;
}

/**
 * A leaf's evidence documents: preview (PDF, images), download, and — while the unit may still change
 * them — upload with progress and removal of the files attached in the current stage.
 */
export function EvidencePanel({ leaf, subject, evidence, stage, onChanged }: EvidencePanelProps) {
  const { t, formatDateTime } = useI18n();
  const size = useFileSize();
  const fileInput = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [previewing, setPreviewing] = useState<Evidence | null>(null);

  const upload = useUploadEvidence(leaf, {
    onSuccess: (uploaded: UploadedEvidence) => {
      const again = evidence.some((file) => file.id === uploaded.id);
      setNotice(
        again
          ? t('assessment.evidence.alreadyAttached', { name: uploaded.fileName })
          : uploaded.deduplicated
            ? t('assessment.evidence.deduplicated', { name: uploaded.fileName })
            : t('assessment.evidence.uploaded', { name: uploaded.fileName }),
      );
      onChanged?.();
    },
    onSettled: () => {
      setProgress(null);
      abort.current = null;
      if (fileInput.current) fileInput.current.value = '';
    },
  });
  const startUpload = (file: File) => {
    abort.current = new AbortController();
    setNotice(null);
    setProgress({ loaded: 0, total: file.size });
    upload.mutate({ file, onProgress: setProgress, signal: abort.current.signal });
  };
  const remove = useRemoveEvidence(leaf, { onSuccess: () => onChanged?.() });
  const openPdf = useOpenEvidence();
  const download = useDownloadEvidence();

  const uploadError = (() => {
    const error = upload.error;
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    if (error instanceof ApiError && error.code === 'EVIDENCE_TOO_LARGE') {
      const max = typeof error.problem.maxBytes === 'number' ? size(error.problem.maxBytes) : '';
      return t('assessment.evidence.tooLarge', { max });
    }
    if (error instanceof ApiError && error.code === 'EVIDENCE_TYPE_NOT_ALLOWED')
      return t('assessment.evidence.wrongType', { detail: error.problem.detail ?? '' });
    return null;
  })();
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;

  return (
    <div className="evidence">
      <h4 className="evidence-title">{t('assessment.evidence.title')}</h4>
      {evidence.length === 0 ? (
        <p className="muted small">{t('assessment.evidence.none')}</p>
      ) : (
        <ul className="evidence-list">
          {evidence.map((file) => (
            <li key={file.id}>
              <span className="evidence-name">{file.fileName}</span>
              <span className="muted small">
                {size(file.size)} · {file.uploadedBy ?? '—'} · {formatDateTime(file.uploadedAt)}
                {file.stage === 'explanation' && ` · ${t('assessment.evidence.explanationStage')}`}
              </span>
              <span className="row-actions">
                {previewable(file.mime) && (
                  <button
                    type="button"
                    className="button-link"
                    aria-label={`${t('assessment.evidence.preview')} ${file.fileName}`}
                    disabled={openPdf.isPending}
                    onClick={() =>
                      file.mime.startsWith('image/') ? setPreviewing(file) : openPdf.mutate(file)
                    }
                  >
                    {t('assessment.evidence.preview')}
                  </button>
                )}
                <button
                  type="button"
                  className="button-link"
                  aria-label={`${t('assessment.evidence.download')} ${file.fileName}`}
                  disabled={download.isPending}
                  onClick={() => download.mutate(file)}
                >
                  {t('assessment.evidence.download')}
                </button>
                {stage === file.stage && (
                  <button
                    type="button"
                    className="button-link button-link-danger"
                    aria-label={`${t('assessment.evidence.remove')} ${file.fileName}`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(file.id)}
                  >
                    {t('assessment.evidence.remove')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {stage && (
        <div className="evidence-upload">
          <button
            type="button"
            className="button-secondary"
            aria-label={`${t('assessment.evidence.upload')} — ${subject}`}
            disabled={upload.isPending}
            onClick={() => fileInput.current?.click()}
          >
            {t('assessment.evidence.upload')}
          </button>
          <input
            ref={fileInput}
            hidden
            tabIndex={-1}
            aria-label={`${t('assessment.evidence.upload')} — ${subject}`}
            type="file"
            accept={ACCEPT}
            disabled={upload.isPending}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) startUpload(file);
            }}
          />
          <span className="muted small">{t('assessment.evidence.accepted')}</span>
          {progress && (
            <div className="upload-progress">
              <progress max={100} value={percent} aria-label={t('assessment.evidence.uploading')} />
              <span>{t('assessment.evidence.progress', { percent })}</span>
              <button type="button" className="button-link" onClick={() => abort.current?.abort()}>
                {t('action.cancel')}
              </button>
            </div>
          )}
        </div>
      )}
      {notice && (
        <p className="alert alert-info" role="status">
          {notice}
        </p>
      )}
      {uploadError ? (
        <p className="alert alert-error" role="alert">
          {uploadError}
        </p>
      ) : (
        <ErrorAlert
          error={
            upload.error instanceof DOMException
              ? null
              : (upload.error ?? remove.error ?? download.error ?? openPdf.error)
          }
        />
      )}
      {previewing && <EvidencePreviewDialog evidence={previewing} onClose={() => setPreviewing(null)} />}
    </div>
  );
}
