import { useI18n } from '../../../../lib/i18n';
import { useStepMessage } from './step-message';
import type { PeriodDraftState } from './use-period-draft';

/** Step 3: the participating units of the covered types, each with its ranking group. */
export function UnitsStep({ draft, typeName }: { draft: PeriodDraftState; typeName(code: string): string }) {
  const { t } = useI18n();
  const message = useStepMessage();
  const { form, candidates, selected } = draft;
  const { errors } = form.formState;
  const unitsError = message(errors.units?.message ?? errors.units?.root?.message);
  return (
    <>
      <p className="field-hint">{t('wizard.unitsHint')}</p>
      {unitsError && (
        <p className="field-error" role="alert">
          {unitsError}
        </p>
      )}
      {[...new Set(draft.coveredTypes)].map((type) => {
        const ofType = candidates.filter((unit) => unit.type === type);
        const chosen = ofType.filter((unit) => selected.has(unit.code)).length;
        return (
          <fieldset key={type} className="wizard-units">
            <legend>
              {typeName(type)} ({t('wizard.chosenOf', { chosen, total: ofType.length })})
            </legend>
            <div className="toolbar">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={ofType.length > 0 && chosen === ofType.length}
                  disabled={ofType.length === 0}
                  onChange={(event) => draft.toggleType(type, event.target.checked)}
                />
                {t('wizard.allOfType', { type: typeName(type) })}
              </label>
              <label className="filter">
                {t('wizard.defaultGroup', { type: typeName(type) })}
                <input
                  value={draft.defaultGroup(type)}
                  onChange={(event) => draft.renameGroup(type, event.target.value)}
                />
              </label>
            </div>
            {ofType.length === 0 ? (
              <p className="muted">{t('wizard.noUnits')}</p>
            ) : (
              <table className="data-table">
                <caption className="visually-hidden">{typeName(type)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('wizard.take')}</th>
                    <th scope="col">{t('units.code')}</th>
                    <th scope="col">{t('units.name')}</th>
                    <th scope="col">{t('period.group')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ofType.map((unit) => {
                    const index = selected.get(unit.code);
                    const groupError =
                      index === undefined ? undefined : message(errors.units?.[index]?.group?.message);
                    return (
                      <tr key={unit.code}>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={`${t('wizard.take')} ${unit.name}`}
                            checked={index !== undefined}
                            onChange={(event) => draft.toggleUnit(unit, event.target.checked)}
                          />
                        </td>
                        <td>
                          <code>{unit.code}</code>
                        </td>
                        <td>{unit.name}</td>
                        <td>
                          {index !== undefined && (
                            <>
                              <input
                                aria-label={`${t('period.group')} ${unit.name}`}
                                aria-invalid={Boolean(groupError)}
                                {...form.register(`units.${index}.group`)}
                              />
                              {groupError && <span className="field-error block">{groupError}</span>}
                            </>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
