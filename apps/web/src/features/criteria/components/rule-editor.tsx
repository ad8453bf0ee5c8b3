import { formatRuleText, parseRuleText, type Issue, type RuleKind } from '@par/scoring';
import { useId, useState } from 'react';
import { fieldProblemMessage } from '../../../lib/api-error';
import { useI18n } from '../../../lib/i18n';
import { decimalFromReader } from '../../../lib/points';
import { RULE_KIND_LABELS } from '../labels';
import { CellInput, EditableRows } from './editable-rows';
import { IssueList } from './issue-list';
import {
  draftOf,
  emptyOption,
  emptyTier,
  RULE_KINDS,
  ruleOf,
  type OptionDraft,
  type RuleDraft,
  type TierDraft,
} from '../rule-draft';

interface RuleEditorProps {
  draft: RuleDraft;
  onChange(draft: RuleDraft): void;
  /** The leaf's max as typed (tier points and `otherwise` must lie within 0..max). */
  maxPoints: string;
  /** `validateRule` issues of the draft: each is shown next to the input its path names. */
  issues: readonly Issue[];
  readOnly?: boolean;
}

/** Issue messages at exactly this JSON Pointer inside the rule. */
function useIssueText(issues: readonly Issue[]) {
  const { lang } = useI18n();
  return (path: string) =>
    issues
      .filter((issue) => issue.path === path)
      .map((issue) => fieldProblemMessage(issue, lang))
      .join(' ');
}

/**
 * The problems each kind's inputs show beside themselves (the max is the node form's field); any other
 * problem is listed under the editor.
 */
const SHOWN_AT: Record<RuleKind, RegExp> = {
  manual: /^\/maxPoints$/,
  boolean: /^\/maxPoints$/,
  tiers: /^\/(maxPoints|otherwise|tiers(\/\d+(\/(min|max|points|label))?)?)$/,
  ratio: /^\/(maxPoints|target)$/,
  deduction: /^\/(maxPoints|perItem)$/,
  survey: /^\/(maxPoints|options(\/\d+(\/(code|percent|label))?)?)$/,
};

function move<T>(rows: T[], from: number, to: number): T[] {
  const next = [...rows];
  const [row] = next.splice(from, 1);
  next.splice(to, 0, row);
  return next;
}

/**
 * A leaf's scoring rule, kind by kind (manual, yes/no, tiers, ratio, deduction per item, survey options),
 * validated live by libs/scoring (`validateRule`): each problem stands next to its input. Also reads a rule
 * typed as text, the way the officials' criteria table writes it (`parseRuleText`).
 */
export function RuleEditor({ draft, onChange, maxPoints, issues, readOnly }: RuleEditorProps) {
  const { t, lang } = useI18n();
  const kindId = useId();
  const issueAt = useIssueText(issues);
  const set = (changes: Partial<RuleDraft>) => onChange({ ...draft, ...changes });
  const setTier = (index: number, changes: Partial<TierDraft>) =>
    set({ tiers: draft.tiers.map((tier, i) => (i === index ? { ...tier, ...changes } : tier)) });
  const setOption = (index: number, changes: Partial<OptionDraft>) =>
    set({ options: draft.options.map((option, i) => (i === index ? { ...option, ...changes } : option)) });
  const at = issueAt;

  /** A decimal parameter of the rule, with the problem at `path` under it. */
  const decimal = (label: string, value: string, path: string, onChange: (value: string) => void) => (
    <CellInput
      label={label}
      value={value}
      error={at(path)}
      readOnly={readOnly}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  const text = (label: string, value: string, path: string, onChange: (value: string) => void) => (
    <CellInput
      wide
      label={label}
      value={value}
      error={at(path)}
      readOnly={readOnly}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  const addButton = (label: string, onClick: () => void) =>
    !readOnly && (
      <button type="button" className="button-secondary" onClick={onClick}>
        {label}
      </button>
    );

  const kindFields = () => {
    switch (draft.kind) {
      case 'tiers':
        return (
          <>
            <EditableRows
              caption={t('rule.tiers')}
              headers={['#', t('rule.tierMin'), t('rule.tierMax'), t('rule.tierPoints'), t('rule.label')]}
              rowKeys={draft.tiers.map((_, i) => i)}
              rowLabel={(i) => t('rule.tierN', { n: i + 1 })}
              readOnly={readOnly}
              onMove={(from, to) => set({ tiers: move(draft.tiers, from, to) })}
              onRemove={(i) => set({ tiers: draft.tiers.filter((_, j) => j !== i) })}
              cells={(i, row) => {
                const tier = draft.tiers[i];
                const rowError = at(`/tiers/${i}`);
                return (
                  <>
                    <th scope="row">
                      {i + 1}
                      {rowError && <span className="field-error block">{rowError}</span>}
                    </th>
                    <td>
                      {decimal(`${row}: ${t('rule.tierMin')}`, tier.min, `/tiers/${i}/min`, (min) =>
                        setTier(i, { min }),
                      )}
                    </td>
                    <td>
                      {decimal(`${row}: ${t('rule.tierMax')}`, tier.max, `/tiers/${i}/max`, (max) =>
                        setTier(i, { max }),
                      )}
                    </td>
                    <td>
                      {decimal(
                        `${row}: ${t('rule.tierPoints')}`,
                        tier.points,
                        `/tiers/${i}/points`,
                        (points) => setTier(i, { points }),
                      )}
                    </td>
                    <td>
                      {text(`${row}: ${t('rule.label')}`, tier.label, `/tiers/${i}/label`, (label) =>
                        setTier(i, { label }),
                      )}
                    </td>
                  </>
                );
              }}
            />
            {at('/tiers') && <p className="field-error">{at('/tiers')}</p>}
            {addButton(t('rule.addTier'), () => set({ tiers: [...draft.tiers, emptyTier()] }))}
            <p className="field-hint">{t('rule.tiersHint')}</p>
            <label className="rule-inline">
              {t('rule.otherwise')}
              {decimal(t('rule.otherwise'), draft.otherwise, '/otherwise', (otherwise) => set({ otherwise }))}
            </label>
          </>
        );
      case 'ratio':
        return (
          <label className="rule-inline">
            {t('rule.target')}
            {decimal(t('rule.target'), draft.target, '/target', (target) => set({ target }))}%
          </label>
        );
      case 'deduction':
        return (
          <label className="rule-inline">
            {t('rule.perItem')}
            {decimal(t('rule.perItem'), draft.perItem, '/perItem', (perItem) => set({ perItem }))}
          </label>
        );
      case 'survey':
        return (
          <>
            <EditableRows
              caption={t('rule.options')}
              headers={[
                t('rule.optionCode'),
                t('rule.optionPercent'),
                t('rule.optionExcluded'),
                t('rule.label'),
              ]}
              rowKeys={draft.options.map((_, i) => i)}
              rowLabel={(i) => t('rule.optionN', { n: i + 1 })}
              readOnly={readOnly}
              onRemove={(i) => set({ options: draft.options.filter((_, j) => j !== i) })}
              cells={(i, row) => {
                const option = draft.options[i];
                return (
                  <>
                    <td>
                      <CellInput
                        label={`${row}: ${t('rule.optionCode')}`}
                        value={option.code}
                        error={[at(`/options/${i}`), at(`/options/${i}/code`)].filter(Boolean).join(' ')}
                        readOnly={readOnly}
                        onChange={(event) => setOption(i, { code: event.target.value })}
                      />
                    </td>
                    <td>
                      {decimal(
                        `${row}: ${t('rule.optionPercent')}`,
                        option.percent,
                        `/options/${i}/percent`,
                        (percent) => setOption(i, { percent }),
                      )}
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${row}: ${t('rule.optionExcluded')}`}
                        checked={option.excluded}
                        disabled={readOnly}
                        onChange={(event) => setOption(i, { excluded: event.target.checked })}
                      />
                    </td>
                    <td>
                      {text(`${row}: ${t('rule.label')}`, option.label, `/options/${i}/label`, (label) =>
                        setOption(i, { label }),
                      )}
                    </td>
                  </>
                );
              }}
            />
            {at('/options') && <p className="field-error">{at('/options')}</p>}
            {!readOnly && (
              <div className="button-row">
                {addButton(t('rule.addOption'), () => set({ options: [...draft.options, emptyOption()] }))}
                {addButton(t('rule.defaultOptions'), () =>
                  set({ options: draftOf({ kind: 'survey' }, lang).options }),
                )}
              </div>
            )}
            <p className="field-hint">{t('rule.surveyHint')}</p>
          </>
        );
      default:
        return (
          <p className="field-hint">{t(draft.kind === 'manual' ? 'rule.manualHint' : 'rule.booleanHint')}</p>
        );
    }
  };

  const fields = kindFields();
  const rest = issues.filter((issue) => !SHOWN_AT[draft.kind].test(issue.path ?? ''));
  const valid = issues.length === 0;

  return (
    <fieldset className="rule-editor">
      <legend>{t('rule.title')}</legend>
      <div className="field">
        <label htmlFor={kindId}>{t('rule.kind')}</label>
        <select
          id={kindId}
          value={draft.kind}
          disabled={readOnly}
          onChange={(event) => set({ kind: event.target.value as RuleKind })}
        >
          {RULE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(RULE_KIND_LABELS[kind])}
            </option>
          ))}
        </select>
      </div>
      {fields}
      <IssueList issues={rest} />
      <p className="rule-text" aria-live="polite">
        <strong>{t('rule.text')}:</strong>{' '}
        {valid ? (
          formatRuleText(ruleOf(draft), { locale: lang })
        ) : (
          <span className="muted">{t('rule.invalid')}</span>
        )}
      </p>
      {!readOnly && <RuleTextInput maxPoints={maxPoints} onRead={(rule) => onChange(draftOf(rule, lang))} />}
    </fieldset>
  );
}

/** A rule typed as text ("Theo mức: ≥ 80%: 1 điểm; còn lại: 0") read into the editor. */
function RuleTextInput({
  maxPoints,
  onRead,
}: {
  maxPoints: string;
  onRead(rule: ReturnType<typeof ruleOf>): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<readonly Issue[]>([]);
  const read = () => {
    const result = parseRuleText(text, decimalFromReader(maxPoints) || '0');
    if (result.ok) {
      setProblems([]);
      setText('');
      onRead(result.value);
    } else setProblems(result.issues);
  };
  return (
    <details className="rule-from-text">
      <summary>{t('rule.fromText')}</summary>
      <label htmlFor={id}>{t('rule.fromTextLabel')}</label>
      <textarea id={id} rows={3} value={text} onChange={(event) => setText(event.target.value)} />
      <IssueList issues={problems} alert />
      <button type="button" className="button-secondary" disabled={!text.trim()} onClick={read}>
        {t('rule.readText')}
      </button>
    </details>
  );
}
