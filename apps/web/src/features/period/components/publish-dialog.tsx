import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { ErrorAlert } from '../../../components/error-alert';
import { DateInput } from '../../../components/date-input';
import { Field } from '../../../components/field';
import { FormDialog } from '../../../components/form-dialog';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import type { PeriodDetail } from '../../../lib/period-queries';
import { uploadFile } from '../../../lib/upload';
import { usePublishResults, type Publication } from '../api/publish-results';

/** What compute warned about (units below the survey minimum, units with leaves without input). */
export interface PublishWarning {
  unit: string;
  code: 'SURVEY_BELOW_MINIMUM' | 'MISSING_LEAVES';
  received?: number;
  minimum?: number;
  leaves?: string[];
}

const schema = z
  .object({
    decisionNo: z.string().trim().min(1, 'form.required').max(100, 'form.tooLong'),
    decisionDate: z
      .string()
      .min(1, 'form.required')
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'form.dateInvalid'),
    signer: z.string().trim().max(200, 'form.tooLong'),
    acknowledge: z.boolean(),
    reason: z.string().trim().max(2000, 'form.tooLong'),
  })
  .refine((values) => !values.acknowledge || values.reason.length >= 5, {
    path: ['reason'],
    message: 'period.publishReasonRequired',
  });

type Values = z.infer<typeof schema>;

/**
 * Publication: the decision (number, date, signer, the signed PDF); the results become immutable and public.
 * Compute's warnings (units with leaves without input, below the survey minimum) are listed, and publishing
 * over them takes an explicit acknowledgement with a reason, which the API records with the publication.
 */
export function PublishDialog({
  period,
  warnings = [],
  onClose,
}: {
  period: PeriodDetail;
  warnings?: readonly PublishWarning[];
  onClose(): void;
}) {
  const { t, formatNumber } = useI18n();
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { decisionNo: '', decisionDate: '', signer: '', acknowledge: false, reason: '' },
  });
  const decisionDate = useWatch({ control: form.control, name: 'decisionDate' });
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const publish = usePublishResults(period.id, { onSuccess: onClose });
  const { errors } = form.formState;
  // The API knows warnings the page may not (a compute from an earlier visit): its refusal shows the box too.
  const refusedForWarnings =
    publish.error instanceof ApiError && publish.error.code === 'RESULTS_WARNINGS_NOT_ACKNOWLEDGED';
  const askAcknowledgement = warnings.length > 0 || refusedForWarnings;
  const acknowledge = useWatch({ control: form.control, name: 'acknowledge' });
  const unitName = (code: string) => period.units.find((unit) => unit.code === code)?.name ?? code;

  const submit = async (values: Values) => {
    setUploadError(null);
    let decisionFileId: string | undefined;
    if (file) {
      setUploading(true);
      try {
        const stored = await uploadFile<{ id: string }>(`/api/v1/periods/${period.id}/decision-file`, file);
        decisionFileId = stored.id;
      } catch (error) {
        setUploadError(error);
        return;
      } finally {
        setUploading(false);
      }
    }
    const publication: Publication = {
      decisionNo: values.decisionNo,
      decisionDate: values.decisionDate,
      ...(values.signer ? { signer: values.signer } : {}),
      ...(decisionFileId ? { decisionFileId } : {}),
      ...(values.acknowledge ? { acknowledgeWarnings: true, acknowledgementReason: values.reason } : {}),
    };
    publish.mutate(publication);
  };

  return (
    <FormDialog
      title={t('period.publishTitle', { name: period.name })}
      submitLabel={t('period.publish')}
      onClose={onClose}
      onSubmit={(event) => void form.handleSubmit(submit)(event)}
      pending={publish.isPending || uploading}
    >
      <p className="alert alert-warning">{t('period.publishExplain')}</p>
      <ErrorAlert error={uploadError ?? publish.error} details />
      <Field
        label={t('period.decisionNo')}
        error={errors.decisionNo?.message}
        hint={t('period.decisionNoHint')}
        required
      >
        {(control) => <input {...control} {...form.register('decisionNo')} autoFocus />}
      </Field>
      <Field label={t('period.decisionDate')} error={errors.decisionDate?.message} required>
        {(control) => (
          <DateInput
            {...control}
            value={decisionDate}
            onChange={(value) =>
              form.setValue('decisionDate', value, {
                shouldDirty: true,
                shouldValidate: form.formState.isSubmitted,
              })
            }
          />
        )}
      </Field>
      <Field
        label={t('period.decisionSigner')}
        error={errors.signer?.message}
        hint={t('period.decisionSignerHint')}
      >
        {(control) => <input {...control} {...form.register('signer')} />}
      </Field>
      <Field label={t('period.decisionFile')} hint={t('period.decisionFileHint')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept="application/pdf,.pdf"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      {askAcknowledgement && (
        <div className="alert alert-warning" role="group" aria-label={t('period.publishWarningsTitle')}>
          <p>
            <strong>{t('period.publishWarningsTitle')}</strong>
          </p>
          {warnings.length > 0 && (
            <ul>
              {warnings.map((warning) => (
                <li key={`${warning.code}:${warning.unit}`}>
                  {warning.code === 'MISSING_LEAVES'
                    ? t('period.warningMissingLeaves', {
                        unit: unitName(warning.unit),
                        leaves: (warning.leaves ?? []).join(', '),
                        count: formatNumber((warning.leaves ?? []).length),
                      })
                    : t('period.surveyBelowMinimumUnit', {
                        unit: unitName(warning.unit),
                        received: formatNumber(warning.received ?? 0),
                        minimum: formatNumber(warning.minimum ?? 0),
                      })}
                </li>
              ))}
            </ul>
          )}
          <label className="checkbox">
            <input type="checkbox" {...form.register('acknowledge')} /> {t('period.publishAcknowledge')}
          </label>
          {acknowledge && (
            <Field label={t('period.publishReason')} error={errors.reason?.message} required>
              {(control) => <textarea {...control} rows={3} {...form.register('reason')} />}
            </Field>
          )}
        </div>
      )}
    </FormDialog>
  );
}
