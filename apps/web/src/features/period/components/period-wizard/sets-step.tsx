import { useId, useState } from 'react';
import { useI18n } from '../../../../lib/i18n';
import { useStepMessage } from './step-message';
import type { PeriodDraftState } from './use-period-draft';

/** Step 2: the criteria set of each unit type (one set may serve several, e.g. communes and wards). */
export function SetsStep({
  draft,
  unitTypes,
  typeName,
}: {
  draft: PeriodDraftState;
  unitTypes: readonly string[];
  typeName(code: string): string;
}) {
  const { t } = useI18n();
  const message = useStepMessage();
  const addSetId = useId();
  const [adding, setAdding] = useState('');
  const { values, setById } = draft;
  const { errors } = draft.form.formState;
  const setsError = message(errors.sets?.message ?? errors.sets?.root?.message);
  return (
    <>
      <p className="field-hint">{t('wizard.setsHint')}</p>
      {draft.chosenSets.map((field, index) => {
        const set = setById.get(field.criteriaSetId);
        const typesError = message(errors.sets?.[index]?.unitTypes?.message);
        return (
          <fieldset key={field.id} className="wizard-set">
            <legend>
              <code>{set?.code}</code> {set?.name}
            </legend>
            <p className="muted">
              {set && t('wizard.setFacts', { year: set.year, type: typeName(set.unitType) })}
              {set && set.year !== values.year && (
                <span className="pill pill-warn">{t('wizard.otherYear', { year: set.year })}</span>
              )}
              {set?.status === 'draft' && <span className="pill pill-warn">{t('wizard.draftSet')}</span>}
            </p>
            <p>{t('wizard.servesTypes')}</p>
            <div className="checkbox-grid">
              {unitTypes.map((type) => (
                <label key={type} className="checkbox">
                  <input
                    type="checkbox"
                    checked={values.sets[index]?.unitTypes.includes(type) ?? false}
                    onChange={(event) => draft.toggleSetType(index, type, event.target.checked)}
                  />
                  {typeName(type)}
                </label>
              ))}
            </div>
            {typesError && <p className="field-error">{typesError}</p>}
            <button
              type="button"
              className="button-link button-link-danger"
              onClick={() => draft.removeSet(index)}
            >
              {t('wizard.removeSet', { code: set?.code ?? '' })}
            </button>
          </fieldset>
        );
      })}
      <div className="input-with-button">
        <label className="filter" htmlFor={addSetId}>
          {t('wizard.addSet')}
          <select id={addSetId} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">{t('form.choose')}</option>
            {draft.usable.map((set) => (
              <option key={set.id} value={set.id}>
                {`${set.code} — ${set.name} (${set.year})`}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button-secondary"
          disabled={!adding}
          onClick={() => {
            if (!setById.has(adding)) return;
            draft.addSet(adding);
            setAdding('');
          }}
        >
          {t('wizard.add')}
        </button>
      </div>
      {setsError && (
        <p className="field-error" role="alert">
          {setsError}
        </p>
      )}
    </>
  );
}
