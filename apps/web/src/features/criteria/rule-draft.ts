import type { DecimalV1, RuleKind, RuleV1 } from '@par/scoring';
import type { Language } from '../../lib/i18n';
import { decimalForReader, decimalFromReader } from '../../lib/points';

export const RULE_KINDS: readonly RuleKind[] = ['manual', 'boolean', 'tiers', 'ratio', 'deduction', 'survey'];

export interface TierDraft {
  min: string;
  max: string;
  points: string;
  label: string;
}

export interface OptionDraft {
  code: string;
  percent: string;
  excluded: boolean;
  label: string;
}

/** A rule as the editor holds it: every parameter of every kind as typed text (a decimal comma is fine). */
export interface RuleDraft {
  kind: RuleKind;
  tiers: TierDraft[];
  otherwise: string;
  target: string;
  perItem: string;
  options: OptionDraft[];
}

/** The survey answer weights when a rule gives none (DESIGN.md: A 100 %, B 60 %, C 20 %, D 0 %, E not counted). */
const DEFAULT_OPTIONS: OptionDraft[] = [
  { code: 'A', percent: '100', excluded: false, label: '' },
  { code: 'B', percent: '60', excluded: false, label: '' },
  { code: 'C', percent: '20', excluded: false, label: '' },
  { code: 'D', percent: '0', excluded: false, label: '' },
  { code: 'E', percent: '0', excluded: true, label: '' },
];

export const emptyTier = (): TierDraft => ({ min: '', max: '', points: '', label: '' });
export const emptyOption = (): OptionDraft => ({ code: '', percent: '', excluded: false, label: '' });

export function draftOf(rule: RuleV1 | null | undefined, lang: Language): RuleDraft {
  const draft: RuleDraft = {
    kind: rule?.kind ?? 'boolean',
    tiers: [emptyTier()],
    otherwise: '0',
    target: '100',
    perItem: '',
    options: DEFAULT_OPTIONS.map((option) => ({ ...option })),
  };
  const decimal = (value: DecimalV1 | undefined) => decimalForReader(value, lang);
  switch (rule?.kind) {
    case 'tiers':
      draft.tiers = rule.tiers.map((tier) => ({
        min: decimal(tier.min),
        max: decimal(tier.max),
        points: decimal(tier.points),
        label: tier.label ?? '',
      }));
      draft.otherwise = decimal(rule.otherwise ?? 0);
      break;
    case 'ratio':
      draft.target = decimal(rule.target ?? 100);
      break;
    case 'deduction':
      draft.perItem = decimal(rule.perItem);
      break;
    case 'survey':
      if (rule.options)
        draft.options = rule.options.map((option) => ({
          code: option.code,
          percent: decimal(option.percent),
          excluded: option.excluded ?? false,
          label: option.label ?? '',
        }));
      break;
    default:
      break;
  }
  return draft;
}

/** Only the parameters given: an empty required one is left out, so `validateRule` names it. */
function given<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  const value = decimalFromReader(text);
  return value === '' ? {} : ({ [key]: value } as Record<K, string>);
}

/** The draft as a v1 rule (decimals as text), for `validateRule` and then the API. */
export function ruleOf(draft: RuleDraft): RuleV1 {
  switch (draft.kind) {
    case 'manual':
    case 'boolean':
      return { kind: draft.kind };
    case 'tiers':
      return {
        kind: 'tiers',
        tiers: draft.tiers.map((tier) => ({
          ...given('min', tier.min),
          ...given('max', tier.max),
          points: decimalFromReader(tier.points),
          ...(tier.label.trim() ? { label: tier.label.trim() } : {}),
        })),
        ...given('otherwise', draft.otherwise),
      };
    case 'ratio':
      return { kind: 'ratio', ...given('target', draft.target) };
    case 'deduction':
      return { kind: 'deduction', perItem: decimalFromReader(draft.perItem) };
    case 'survey':
      return {
        kind: 'survey',
        options: draft.options.map((option) => ({
          code: option.code.trim(),
          percent: decimalFromReader(option.percent) || '0',
          ...(option.excluded ? { excluded: true } : {}),
          ...(option.label.trim() ? { label: option.label.trim() } : {}),
        })),
      };
  }
}
