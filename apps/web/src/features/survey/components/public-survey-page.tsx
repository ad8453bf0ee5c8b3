import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { publicFormQueryOptions } from '../api/get-public-form';
import { useSubmitPublicForm } from '../api/submit-public-form';
import type { SurveyAnswers, SurveyFormView } from '../api/types';
import { CodeEntry } from './code-entry';
import { PublicNotice, PublicShell } from './public-shell';
import { PublicRefusal } from './public-refusal';
import { SurveyQuestionField } from './survey-question';

/** Refusals of the submit that replace the form (the code can no longer be answered). */
const FINAL_REFUSALS = new Set([
  'CODE_USED',
  'SURVEY_CLOSED',
  'SURVEY_NOT_OPEN',
  'NOT_FOUND',
  'RATE_LIMITED',
]);

function AnswerForm({ code, form, onDone }: { code: string; form: SurveyFormView; onDone(): void }) {
  const { t, formatDate } = useI18n();
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [empty, setEmpty] = useState(false);
  const submit = useSubmitPublicForm(code, { onSuccess: onDone });
  const answered = form.questions.filter((question) => answers[question.leafCode]).length;

  if (submit.error instanceof ApiError && FINAL_REFUSALS.has(submit.error.code))
    return <PublicRefusal error={submit.error} onRetry={() => submit.reset()} />;

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submit.isPending) return;
    if (answered === 0) {
      setEmpty(true);
      return;
    }
    submit.mutate(answers);
  };

  return (
    <form className="public-form" noValidate onSubmit={send} aria-labelledby="survey-title">
      <div className="public-form-head">
        <p className="public-eyebrow">{form.periodName}</p>
        <h1 id="survey-title">{t('survey.public.title')}</h1>
        <dl className="public-facts">
          <dt>{t('survey.public.ratedUnit')}</dt>
          <dd>
            <strong>{form.unit.name}</strong>
          </dd>
          <dt>{t('survey.public.group')}</dt>
          <dd>{form.group.name}</dd>
          <dt>{t('survey.public.until')}</dt>
          <dd>{formatDate(form.closesAt)}</dd>
        </dl>
        <p className="public-intro">{t('survey.public.intro')}</p>
      </div>
      {form.questions.map((question, index) => (
        <SurveyQuestionField
          key={question.leafCode}
          question={question}
          number={index + 1}
          value={answers[question.leafCode]}
          onChange={(option) => {
            setEmpty(false);
            setAnswers((current) => ({ ...current, [question.leafCode]: option }));
          }}
        />
      ))}
      <div className="public-submit">
        <p className="muted" aria-live="polite">
          {t('survey.public.answered', { answered, total: form.questions.length })}
        </p>
        {empty && (
          <p className="alert alert-error" role="alert">
            {t('survey.public.answerOne')}
          </p>
        )}
        <ErrorAlert error={submit.error} details />
        <button type="submit" className="button-primary button-block" disabled={submit.isPending}>
          {submit.isPending ? t('survey.public.sending') : t('survey.public.send')}
        </button>
        <p className="muted small">{t('survey.public.once')}</p>
      </div>
    </form>
  );
}

/** `/s/{code}`: the questionnaire of a one-time code, answered once, then a thank-you. No login. */
export function PublicSurveyPage({ code }: { code: string }) {
  const { t } = useI18n();
  const form = useQuery(publicFormQueryOptions(code));
  const [done, setDone] = useState(false);
  let content;
  if (done)
    content = (
      <PublicNotice title={t('survey.public.thanksTitle')} tone="success">
        <p>{t('survey.public.thanksText')}</p>
      </PublicNotice>
    );
  else if (form.isPending)
    content = (
      <p role="status" className="public-loading">
        {t('table.loading')}
      </p>
    );
  else if (form.isError) content = <PublicRefusal error={form.error} onRetry={() => void form.refetch()} />;
  else content = <AnswerForm code={code} form={form.data} onDone={() => setDone(true)} />;
  return <PublicShell>{content}</PublicShell>;
}

/** `/s`: where the printed card sends people without a QR reader — type the code, open the form. */
export function PublicCodePage() {
  const { t } = useI18n();
  return (
    <PublicShell>
      <section className="public-notice">
        <h1>{t('survey.public.entryTitle')}</h1>
        <p>{t('survey.public.entryText')}</p>
        <CodeEntry autoFocus />
      </section>
    </PublicShell>
  );
}
