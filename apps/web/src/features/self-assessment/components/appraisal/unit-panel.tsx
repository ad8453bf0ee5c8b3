import { zodResolver } from '@hookform/resolvers/zod';
import { fromMilli, toMilli, type CriteriaSet } from '@par/scoring';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { ConfirmDialog } from '../../../../components/confirm-dialog';
import { ConflictNotice } from '../../../../components/conflict-notice';
import { ErrorAlert } from '../../../../components/error-alert';
import { Field } from '../../../../components/field';
import { placeProblem } from '../../../../lib/form';
import { useI18n, type Language } from '../../../../lib/i18n';
import type { PeriodDetail } from '../../../../lib/period-queries';
import { decimalFromReader, pointsText } from '../../../../lib/points';
import { useConcurrentEdit } from '../../../../lib/use-concurrent-edit';
import { useFinalizeAssessment } from '../../api/finalize-assessment';
import { assessmentQueryOptions } from '../../api/get-assessment';
import { scoringSetQueryOptions } from '../../api/get-scoring-set';
import { useSaveAdjustments } from '../../api/save-adjustments';
import type { AdjustmentsWrite, Assessment } from '../../api/types';
import { STATUS_LABELS, STATUS_PILLS } from '../../labels';
import { StatusTimeline } from '../status-timeline';

/** Points as typed (`0,5` or `0.5`): at most 3 decimals, not negative. */
const points = z
  .string()
  .trim()
  .regex(/^\d+([.,]\d{1,3})?$/, 'appraisal.pointsInvalid');

const schema = z.object({
  bonus: points,
  penalty: points,
  comment: z.string().trim().max(5000, 'form.tooLong'),
});

type Values = z.infer<typeof schema>;

const decimal = (text: string) => fromMilli(toMilli(decimalFromReader(text)));
const text = (value: number, lang: Language) => pointsText(value, lang);

/** The adjustments as typed, against `base`'s version. */
const writeOf = (values: Values, base: Assessment): AdjustmentsWrite => ({
  bonus: decimal(values.bonus),
  penalty: decimal(values.penalty),
  comment: values.comment || undefined,
  version: base.version,
});

const valuesOf = (assessment: Assessment, lang: Language): Values => ({
  bonus: text(assessment.bonus, lang),
  penalty: text(assessment.penalty, lang),
  comment: assessment.adjustmentsComment ?? '',
});

/** Bonus and penalty of one unit, against the assessment's version (appraisal rounds only). */
function AdjustmentsForm({ assessment, set }: { assessment: Assessment; set: CriteriaSet }) {
  const { t, lang } = useI18n();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: valuesOf(assessment, lang) });
  const edit = useConcurrentEdit(assessment, {
    reset: (current) => {
      form.reset(valuesOf(current, lang));
      save.reset();
    },
    save: (current) => save.mutate(writeOf(form.getValues(), current)),
  });
  const save = useSaveAdjustments(assessment.periodId, assessment.unitCode, {
    onSuccess: (saved) => {
      edit.rebase(saved);
      form.reset(valuesOf(saved, lang));
    },
    onError: (error) => {
      if (!edit.catchStale(error))
        placeProblem(error, form.setError, lang, { fields: ['bonus', 'penalty', 'comment'] });
    },
  });
  const { errors } = form.formState;
  const caps = set.adjustments;
  if (!caps) return <p className="muted small">{t('appraisal.noAdjustments')}</p>;
  const mine = form.getValues();
  return (
    <form
      className="form adjustments-form"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit((values) => save.mutate(writeOf(values, edit.base ?? assessment)))(event)
      }
    >
      <h3>{t('appraisal.adjustments')}</h3>
      {edit.conflict ? (
        <ConflictNotice
          fields={[
            { label: t('appraisal.bonus'), mine: mine.bonus, theirs: text(edit.conflict.bonus, lang) },
            { label: t('appraisal.penalty'), mine: mine.penalty, theirs: text(edit.conflict.penalty, lang) },
            {
              label: t('appraisal.reason'),
              mine: mine.comment,
              theirs: edit.conflict.adjustmentsComment ?? '',
            },
          ]}
          pending={save.isPending}
          onTakeTheirs={edit.takeTheirs}
          onKeepMine={edit.keepMine}
        />
      ) : (
        <ErrorAlert error={save.error} details />
      )}
      <div className="adjustments-row">
        <Field
          label={t('appraisal.bonus')}
          hint={t('appraisal.capHint', { max: pointsText(caps.bonusMaxMilli, lang, true) })}
          error={errors.bonus?.message}
        >
          {(control) => <input {...control} inputMode="decimal" {...form.register('bonus')} />}
        </Field>
        <Field
          label={t('appraisal.penalty')}
          hint={t('appraisal.capHint', { max: pointsText(caps.penaltyMaxMilli, lang, true) })}
          error={errors.penalty?.message}
        >
          {(control) => <input {...control} inputMode="decimal" {...form.register('penalty')} />}
        </Field>
      </div>
      <Field label={t('appraisal.reason')} error={errors.comment?.message}>
        {(control) => <textarea {...control} rows={2} {...form.register('comment')} />}
      </Field>
      <div className="form-actions">
        <button
          type="submit"
          className="button-secondary"
          disabled={save.isPending || Boolean(edit.conflict)}
        >
          {save.isPending ? t('action.saving') : t('appraisal.saveAdjustments')}
        </button>
      </div>
    </form>
  );
}

/**
 * The appraiser's view of one unit: where its assessment stands (timeline), its totals, bonus/penalty in
 * the appraisal rounds, and — in round 2 — finalizing it.
 */
export function UnitPanel({ period, unitCode }: { period: PeriodDetail; unitCode: string }) {
  const { t, lang } = useI18n();
  const assessment = useQuery(assessmentQueryOptions(period.id, unitCode));
  const set = useQuery({
    ...scoringSetQueryOptions(assessment.data?.criteriaSetId ?? ''),
    enabled: Boolean(assessment.data),
  });
  const [confirming, setConfirming] = useState(false);
  const finalize = useFinalizeAssessment(period.id, unitCode, { onSuccess: () => setConfirming(false) });
  if (!assessment.data) return <ErrorAlert error={assessment.error} />;
  const a = assessment.data;
  const round1 = period.state === 'appraisal' && a.status === 'submitted';
  const round2 = period.state === 'final_appraisal' && a.status === 'explained';
  return (
    <section className="unit-panel" aria-label={t('appraisal.unitPanel', { unit: a.unitName })}>
      <div className="assessment-summary">
        <div>
          <h2 className="assessment-unit">
            {a.unitName} <span className={STATUS_PILLS[a.status]}>{t(STATUS_LABELS[a.status])}</span>
          </h2>
          <p>
            {t('assessment.totals', {
              self: pointsText(a.selfPoints, lang),
              points: pointsText(a.points, lang),
              max: pointsText(a.maxPoints, lang),
            })}{' '}
            {t('appraisal.bonusPenalty', {
              bonus: pointsText(a.bonus, lang),
              penalty: pointsText(a.penalty, lang),
            })}
          </p>
        </div>
        {round2 && (
          <button type="button" className="button-primary" onClick={() => setConfirming(true)}>
            {t('appraisal.finalize')}
          </button>
        )}
      </div>
      <StatusTimeline assessment={a} deadlines={period.deadlines} />
      {(round1 || round2) && set.data && <AdjustmentsForm key={a.unitCode} assessment={a} set={set.data} />}
      {confirming && (
        <ConfirmDialog
          title={t('appraisal.finalizeTitle', { unit: a.unitName })}
          confirmLabel={t('appraisal.finalize')}
          pending={finalize.isPending}
          error={finalize.error}
          onConfirm={() => finalize.mutate()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('appraisal.finalizeExplain')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
