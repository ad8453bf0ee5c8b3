import { ErrorAlert } from '../../../components/error-alert';
import { saveBlob } from '../../../lib/download';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages';
import { useExportAssessment } from '../api/export-assessment';
import type { ExportFormat } from '../api/types';

/** The unit's summary table (.xlsx) and the PDF of its submission for the head's signature. */
export function AssessmentDownloads({ periodId, unitCode }: { periodId: string; unitCode: string }) {
  const { t } = useI18n();
  const download = useExportAssessment(periodId, unitCode, {
    onSuccess: (blob, format) => saveBlob(blob, `tu-danh-gia-${unitCode}.${format}`),
  });
  const formats: Array<[ExportFormat, MessageKey]> = [
    ['xlsx', 'assessment.downloadXlsx'],
    ['pdf', 'assessment.downloadPdf'],
  ];
  return (
    <div className="downloads">
      {formats.map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="button-secondary"
          disabled={download.isPending}
          onClick={() => download.mutate(format)}
        >
          {t(label)}
        </button>
      ))}
      <ErrorAlert error={download.error} />
    </div>
  );
}
