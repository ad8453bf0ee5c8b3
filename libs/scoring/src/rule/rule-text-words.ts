import type { Phrase } from './match-phrase';

/**
 * The vocabulary of rule text (README, "Rule text"), as folded token keys: lower case, no diacritics,
 * `đ` → `d` (so `Tỷ lệ`, `tỉ lệ`, `TY LE` all match), one space between tokens, symbols normalised
 * (`>=` → `≥`). Vietnamese first, then English.
 */
function phrases(...texts: string[]): readonly Phrase[] {
  return texts.map((text) => text.split(' '));
}

export const MANUAL_HEADS = phrases(
  'cham truc tiep',
  'cham diem truc tiep',
  'truc tiep',
  'thu cong',
  'manual',
  'manual scoring',
  'scored directly',
  'direct scoring',
);
export const BOOLEAN_HEADS = phrases(
  'co / khong',
  'co hoac khong',
  'dat / khong dat',
  'yes / no',
  'yes or no',
  'boolean',
);
export const TIERS_HEADS = phrases(
  'theo muc',
  'cham theo muc',
  'cac muc',
  'theo bac',
  'theo nguong',
  'tiers',
  'tier',
  'tiered',
  'by tier',
  'by tiers',
);
export const RATIO_HEADS = phrases(
  'ty le',
  'ti le',
  'theo ty le',
  'theo ti le',
  'cham theo ty le',
  'cham theo ti le',
  'ratio',
  'proportional',
  'pro rata',
);
export const SURVEY_HEADS = phrases(
  'dieu tra xhh',
  'dieu tra xa hoi hoc',
  'dtxhh',
  'xhh',
  'khao sat',
  'survey',
  'sociological survey',
);
/** A deduction starts with one of these (or `mỗi … trừ …`), and its points follow one of them. */
export const DEDUCT_VERBS = phrases('tru', 'bi tru', 'tru diem', 'deduct', 'deduction', 'minus', 'subtract');
export const EACH_WORDS = phrases('moi', 'cu moi', 'per', 'each', 'for each', 'for every');

export const YES_WORDS = phrases('co', 'dat', 'yes', 'true');
export const NO_WORDS = phrases('khong', 'khong dat', 'chua dat', 'khong co', 'no', 'false');
/** The leaf's max as points: `Có: tối đa`, `≥ 100%: tối đa`. */
export const MAX_WORDS = phrases(
  'toi da',
  'diem toi da',
  'du diem',
  'max',
  'maximum',
  'max points',
  'full',
  'full points',
  'full marks',
);
export const POINT_UNITS = phrases('diem', 'd', 'point', 'points', 'pt', 'pts');
/** May stand before points: `Có: được 1 điểm`. */
export const GET_WORDS = phrases('duoc', 'get', 'gets');
export const OTHERWISE_WORDS = phrases(
  'con lai',
  'cac truong hop con lai',
  'truong hop con lai',
  'truong hop khac',
  'cac truong hop khac',
  'khac',
  'nguoc lai',
  'otherwise',
  'else',
  'other',
  'others',
  'all others',
  'any other',
);
/** Between a condition (or an option code, a yes/no word) and what it gets. */
export const ARROWS = phrases(':', '=', '→');

// tier conditions: `≥ 80%`, `≤ 20%`, `từ 50% đến 80%`, `50 - 80%`, `từ 80% trở lên`, `không quá 20%`
export const AT_LEAST = phrases(
  '≥',
  'it nhat',
  'toi thieu',
  'khong duoi',
  'khong it hon',
  'at least',
  'min',
  'minimum',
  'no less than',
  'not less than',
);
export const AT_MOST = phrases(
  '≤',
  'toi da',
  'khong qua',
  'khong vuot qua',
  'at most',
  'up to',
  'max',
  'maximum',
  'no more than',
  'not more than',
);
/** `từ a` is `≥ a` unless a suffix says otherwise (`từ 20% trở xuống` is `≤ 20`). */
export const FROM_WORDS = phrases('tu', 'from');
/** The upper bound of a range: `từ 50% đến 80%`, `50 - 80%`, `from 50% to 80%`. */
export const TO_WORDS = phrases('den', '-', 'to');
export const AT_LEAST_AFTER = phrases(
  'tro len',
  'or more',
  'or above',
  'and above',
  'or higher',
  'and up',
  'or over',
);
export const AT_MOST_AFTER = phrases(
  'tro xuong',
  'or less',
  'or below',
  'and below',
  'or lower',
  'and under',
);
/** Strict comparisons cannot be tiers (their bounds are inclusive); they get an explaining issue. */
export const STRICT_WORDS = phrases(
  '>',
  '<',
  'tren',
  'duoi',
  'hon',
  'lon hon',
  'nho hon',
  'cao hon',
  'thap hon',
  'more than',
  'less than',
  'greater than',
  'above',
  'below',
  'over',
  'under',
);
export const AND_WORDS = phrases('va', 'and', '&');

export const EXCLUDED_WORDS = phrases(
  'khong tinh',
  'khong tinh diem',
  'loai tru',
  'loai',
  'bo qua',
  'excluded',
  'exclude',
  'not counted',
  'ignored',
);
/** A ratio's target follows one of these (or the head, `:`, `=`): `so với mục tiêu 100%`, `target 100`. */
export const TARGET_WORDS = phrases(
  'so voi',
  'muc tieu',
  'so voi muc tieu',
  'chi tieu',
  'ke hoach',
  ':',
  '=',
  'target',
  'to target',
  'of target',
  'against',
);
