import type { KeyboardEvent, Ref } from 'react';
import { useI18n } from '../../../lib/i18n';
import type { SurveyOption, SurveyQuestion } from '../api/types';
import { orderedOptions } from '../answer-keys';

interface SurveyQuestionProps {
  question: SurveyQuestion;
  number: number;
  value: string | undefined;
  onChange(option: string): void;
  /** Paper entry: each option shows the key that picks it. */
  keys?: boolean;
  onKeyDown?(event: KeyboardEvent<HTMLFieldSetElement>): void;
  ref?: Ref<HTMLFieldSetElement>;
}

/**
 * One question with its options as radio buttons (a whole row is the tap target), the excluded option
 * ("Không biết / không trả lời") last and set apart: it is counted but not scored.
 */
export function SurveyQuestionField({
  question,
  number,
  value,
  onChange,
  keys,
  onKeyDown,
  ref,
}: SurveyQuestionProps) {
  const { t } = useI18n();
  const options = orderedOptions(question.options);
  const name = `question-${question.leafCode}`;
  const position = new Map(question.options.map((option, index) => [option.code, index + 1]));
  const radio = (option: SurveyOption) => (
    <label
      key={option.code}
      className={[
        'survey-option',
        option.excluded ? 'survey-option-excluded' : '',
        value === option.code ? 'survey-option-checked' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <input
        type="radio"
        name={name}
        value={option.code}
        checked={value === option.code}
        onChange={() => onChange(option.code)}
      />
      {keys && (
        <kbd aria-hidden="true">
          {option.code}/{position.get(option.code)}
        </kbd>
      )}
      <span>{option.label}</span>
    </label>
  );
  const scored = options.filter((option) => !option.excluded);
  const excluded = options.filter((option) => option.excluded);
  return (
    <fieldset
      className={keys ? 'survey-question survey-question-compact' : 'survey-question'}
      ref={ref}
      onKeyDown={onKeyDown}
      data-leaf={question.leafCode}
    >
      <legend>
        <span className="survey-question-number">{t('survey.question', { number })}</span> {question.text}
      </legend>
      <div className="survey-answer-row">
        <div className="survey-options">{scored.map(radio)}</div>
        {excluded.length > 0 && (
          <div className="survey-options survey-options-apart">{excluded.map(radio)}</div>
        )}
      </div>
    </fieldset>
  );
}
