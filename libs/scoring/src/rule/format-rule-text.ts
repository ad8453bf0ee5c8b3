import type { ExactDecimal, Rule, Tier } from '../model/criteria-set.types';
import type { RuleV1 } from '../model/interchange-v1.types';
import { formatScaled, type Locale } from '../decimal/format-scaled';
import { toModelRule } from './to-model-rule';

interface RuleTextWords {
  readonly manual: string;
  readonly yesNo: string;
  readonly tiers: string;
  readonly from: string;
  readonly to: string;
  readonly otherwise: string;
  readonly points: (milli: number) => string;
  readonly ratio: string;
  readonly deduct: string;
  readonly perItem: string;
  readonly survey: string;
  readonly excluded: string;
}

const WORDS: Readonly<Record<Locale, RuleTextWords>> = {
  vi: {
    manual: 'Chấm trực tiếp',
    yesNo: 'Có: tối đa; Không: 0',
    tiers: 'Theo mức',
    from: 'từ',
    to: 'đến',
    otherwise: 'còn lại',
    points: () => 'điểm',
    ratio: 'Tỷ lệ so với mục tiêu',
    deduct: 'Trừ',
    perItem: 'mỗi trường hợp',
    survey: 'Điều tra XHH',
    excluded: 'không tính',
  },
  en: {
    manual: 'Manual scoring',
    yesNo: 'Yes: max; No: 0',
    tiers: 'Tiers',
    from: 'from',
    to: 'to',
    otherwise: 'otherwise',
    points: (milli) => (milli === 1000 ? 'point' : 'points'),
    ratio: 'Ratio to target',
    deduct: 'Deduct',
    perItem: 'per item',
    survey: 'Survey',
    excluded: 'excluded',
  },
};

/** What reads back as one word token (`lexRuleText`); other option codes are quoted. */
const BARE_CODE = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/**
 * The text form of a rule for the column "Phương pháp chấm điểm" of the officials' Excel layout
 * (grammar: README, "Rule text"), in Vietnamese (default) or English, e.g.
 * `Theo mức: ≥ 100%: 2 điểm; từ 50% đến 80% "Đạt": 1 điểm; còn lại: 0 điểm`. Every parameter is written
 * (defaults too), so `parseRuleText(formatRuleText(rule), max)` gives back `canonicalRuleV1(rule)`. Takes a
 * model rule or a v1 rule; throws a TypeError for an invalid v1 rule (validate it first).
 */
export function formatRuleText(rule: Rule | RuleV1, options: { readonly locale?: Locale } = {}): string {
  const locale = options.locale ?? 'vi';
  const words = WORDS[locale];
  const decimal = ({ units, scale }: ExactDecimal): string =>
    formatScaled(units, scale, { locale, grouping: false, trimZeros: true });
  const points = (milli: number): string => `${decimal({ units: milli, scale: 3 })} ${words.points(milli)}`;
  const model = toModelRule(rule);
  switch (model.kind) {
    case 'manual':
      return words.manual;
    case 'boolean':
      return words.yesNo;
    case 'tiers': {
      const condition = (tier: Tier): string => {
        if (tier.min && tier.max)
          return `${words.from} ${decimal(tier.min)}% ${words.to} ${decimal(tier.max)}%`;
        if (tier.min) return `≥ ${decimal(tier.min)}%`;
        return tier.max ? `≤ ${decimal(tier.max)}%` : '';
      };
      const tiers = model.tiers.map(
        (tier) =>
          `${condition(tier)}${tier.label === undefined ? '' : ` ${quote(tier.label)}`}: ${points(tier.pointsMilli)}`,
      );
      return `${words.tiers}: ${[...tiers, `${words.otherwise}: ${points(model.otherwiseMilli)}`].join('; ')}`;
    }
    case 'ratio':
      return `${words.ratio} ${decimal(model.target)}%`;
    case 'deduction':
      return `${words.deduct} ${points(model.perItemMilli)} ${words.perItem}`;
    case 'survey': {
      const optionTexts = model.options.map((option) => {
        const code = BARE_CODE.test(option.code) ? option.code : quote(option.code);
        const label = option.label === undefined ? '' : ` ${quote(option.label)}`;
        const percent = `${decimal(option.percent)}%`;
        const value = !option.excluded
          ? percent
          : option.percent.units === 0
            ? words.excluded
            : `${percent} ${words.excluded}`;
        return `${code}${label} = ${value}`;
      });
      return `${words.survey}: ${optionTexts.join('; ')}`;
    }
  }
}

/** `"…"` with a quote inside written twice (`""`). */
function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
