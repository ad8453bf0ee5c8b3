import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { surveyFormQueryOptions } from '../api/get-survey-form';
import { useSavePaperForm } from '../api/save-paper-form';
import type { Survey, SurveyAnswers } from '../api/types';
import { nextSerial, optionForKey, SKIP_KEYS } from '../answer-keys';
import type { RatedUnit } from '../rated-units';
import { GroupUnitPicker } from './group-unit-picker';
import { SurveyQuestionField } from './survey-question';

/** Focuses a question: its chosen option, else its first. */
function focusQuestion(fieldset: HTMLFieldSetElement | null | undefined): void {
  const radio =
    fieldset?.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
    fieldset?.querySelector<HTMLInputElement>('input[type="radio"]');
  radio?.focus();
}

/**
 * Paper forms typed in by a surveyor, keyboard first: the serial, the group and the rated unit, then one key
 * per answer (the option's letter or its number; 0 or - leaves a question blank) moving to the next
 * question; Enter saves and starts the next form with the same group and unit and the serial counted on.
 * The server checks as for any form: a serial stored already (409 SERIAL_EXISTS) shows at the serial.
 */
export function PaperEntry({ survey, units }: { survey: Survey; units: readonly RatedUnit[] }) {
  const { t } = useI18n();
  const id = useId();
  const [serial, setSerial] = useState('');
  const [pick, setPick] = useState({ group: '', unit: '' });
  const [answers, setAnswers] = useState<SurveyAnswers>({});
  const [problem, setProblem] = useState<'serial' | 'pick' | 'answers' | null>(null);
  const [saved, setSaved] = useState<{ serial: string; count: number } | null>(null);
  const serialRef = useRef<HTMLInputElement>(null);
  const groupRef = useRef<HTMLSelectElement>(null);
  const unitRef = useRef<HTMLSelectElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const questionRefs = useRef(new Map<string, HTMLFieldSetElement>());
  const form = useQuery(surveyFormQueryOptions(survey.periodId, pick.group, pick.unit));
  const questions = form.data?.questions ?? [];

  const save = useSavePaperForm(survey.periodId, {
    onSuccess: (result) => {
      setSaved((previous) => ({ serial: result.serial, count: (previous?.count ?? 0) + 1 }));
      setSerial(nextSerial(result.serial));
      setAnswers({});
      setProblem(null);
      // The next form: same group and unit, the serial counted on and selected to overwrite if it differs.
      setTimeout(() => serialRef.current?.select(), 0);
      serialRef.current?.focus();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'SERIAL_EXISTS') {
        setProblem('serial');
        serialRef.current?.select();
        serialRef.current?.focus();
      }
    },
  });
  const serialTaken = save.error instanceof ApiError && save.error.code === 'SERIAL_EXISTS';

  const focusFirstQuestion = () => {
    if (!pick.group) groupRef.current?.focus();
    else if (!pick.unit) unitRef.current?.focus();
    else if (questions[0]) focusQuestion(questionRefs.current.get(questions[0].leafCode));
  };

  const moveFrom = (index: number, step: 1 | -1) => {
    const next = questions[index + step];
    if (next) focusQuestion(questionRefs.current.get(next.leafCode));
    else if (step === 1) saveRef.current?.focus();
  };

  const onQuestionKey = (index: number) => (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const question = questions[index];
    const option = optionForKey(question.options, event.key);
    if (option) {
      event.preventDefault();
      setAnswers((current) => ({ ...current, [question.leafCode]: option.code }));
      setProblem(null);
      moveFrom(index, 1);
    } else if (SKIP_KEYS.has(event.key)) {
      event.preventDefault();
      setAnswers(({ [question.leafCode]: _skipped, ...rest }) => rest);
      moveFrom(index, 1);
    } else if (event.key === 'Backspace') {
      event.preventDefault();
      if (answers[question.leafCode]) setAnswers(({ [question.leafCode]: _cleared, ...rest }) => rest);
      else moveFrom(index, -1);
    }
  };

  const submit = (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (save.isPending) return;
    if (!serial.trim()) {
      setProblem('serial');
      serialRef.current?.focus();
      return;
    }
    if (!pick.group || !pick.unit) {
      setProblem('pick');
      (pick.group ? unitRef : groupRef).current?.focus();
      return;
    }
    if (!questions.some((question) => answers[question.leafCode])) {
      setProblem('answers');
      focusFirstQuestion();
      return;
    }
    save.mutate({ serial: serial.trim(), groupCode: pick.group, unitCode: pick.unit, answers });
  };

  // Enter anywhere but on a button saves (radio buttons have no implicit submission of their own).
  // In the group or unit list it moves on instead, as in the serial.
  const onFormKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    if (event.target instanceof HTMLSelectElement) focusFirstQuestion();
    else submit();
  };

  // Enter in the serial moves on to the group, the unit or the first question, whichever is still open.
  const onSerialKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    event.stopPropagation();
    focusFirstQuestion();
  };

  const serialError = serialTaken
    ? t('survey.paper.serialTaken', { serial: serial.trim() })
    : problem === 'serial'
      ? t('survey.paper.serialRequired')
      : null;

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('survey.paper.title')}</h2>
      <p className="muted small survey-keys-help">{t('survey.paper.keys')}</p>
      <form className="paper-entry" noValidate onSubmit={submit} onKeyDown={onFormKey}>
        <div className="toolbar paper-entry-head">
          <div className={serialError ? 'field field-invalid' : 'field'}>
            <label htmlFor={`${id}-serial`}>{t('survey.paper.serial')}</label>
            <input
              id={`${id}-serial`}
              ref={serialRef}
              value={serial}
              autoComplete="off"
              autoFocus
              aria-invalid={Boolean(serialError)}
              aria-describedby={serialError ? `${id}-serial-error` : undefined}
              onChange={(event) => {
                setSerial(event.target.value);
                if (problem === 'serial') setProblem(null);
                if (serialTaken) save.reset();
              }}
              onKeyDown={onSerialKey}
            />
            {serialError && (
              <p className="field-error" id={`${id}-serial-error`} role="alert">
                {serialError}
              </p>
            )}
          </div>
          <GroupUnitPicker
            groups={survey.groups}
            units={units}
            group={pick.group}
            unit={pick.unit}
            groupRef={groupRef}
            unitRef={unitRef}
            onChange={(next) => {
              setPick(next);
              setAnswers({});
              if (problem === 'pick') setProblem(null);
            }}
          />
        </div>
        {problem === 'pick' && (
          <p className="field-error" role="alert">
            {t('survey.paper.pickFirst')}
          </p>
        )}
        {form.isError && <ErrorAlert error={form.error} />}
        {form.isFetching && !form.data && <p role="status">{t('table.loading')}</p>}
        {form.data && (
          <div className="paper-questions">
            {questions.map((question, index) => (
              <SurveyQuestionField
                key={question.leafCode}
                question={question}
                number={index + 1}
                value={answers[question.leafCode]}
                keys
                ref={(element) => {
                  if (element) questionRefs.current.set(question.leafCode, element);
                  else questionRefs.current.delete(question.leafCode);
                }}
                onKeyDown={onQuestionKey(index)}
                onChange={(option) => setAnswers((current) => ({ ...current, [question.leafCode]: option }))}
              />
            ))}
          </div>
        )}
        {problem === 'answers' && (
          <p className="field-error" role="alert">
            {t('survey.paper.answerOne')}
          </p>
        )}
        {!serialTaken && <ErrorAlert error={save.error} details />}
        <div className="form-actions paper-entry-actions">
          <span className="muted small" role="status">
            {saved ? t('survey.paper.saved', { serial: saved.serial, count: saved.count }) : ''}
          </span>
          <button type="submit" className="button-primary" ref={saveRef} disabled={save.isPending}>
            {save.isPending ? t('action.saving') : t('survey.paper.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
