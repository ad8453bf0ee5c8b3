import type { RuleKind, RuleV1, SurveyOptionV1, TierV1 } from '../model/interchange-v1.types';
import type { Issue } from '../model/issue.types';
import { parseExactDecimal } from '../decimal/parse-exact-decimal';
import { lexRuleText, type TextToken } from './lex-rule-text';
import { matchPhrase, type Phrase } from './match-phrase';
import { readTierCondition } from './read-tier-condition';
import { reportTextIssue } from './report-text-issue';
import type { Clause, RuleTextReader } from './rule-text-reader';
import {
  ARROWS,
  AT_LEAST,
  AT_MOST,
  BOOLEAN_HEADS,
  DEDUCT_VERBS,
  EACH_WORDS,
  EXCLUDED_WORDS,
  FROM_WORDS,
  GET_WORDS,
  MANUAL_HEADS,
  MAX_WORDS,
  NO_WORDS,
  OTHERWISE_WORDS,
  POINT_UNITS,
  RATIO_HEADS,
  STRICT_WORDS,
  SURVEY_HEADS,
  TARGET_WORDS,
  TIERS_HEADS,
  YES_WORDS,
} from './rule-text-words';

const EXAMPLES_VI =
  '"Chấm trực tiếp"; "Có: tối đa; Không: 0"; "Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm"; ' +
  '"Tỷ lệ so với mục tiêu 100%"; "Trừ 0,25 điểm mỗi trường hợp"; "Điều tra XHH: A = 100%; B = 60%; ' +
  'C = 20%; D = 0%; E = không tính"';
const EXAMPLES_EN =
  '"Manual scoring"; "Yes: max; No: 0"; "Tiers: ≥ 100%: 2 points; ≥ 80%: 1 point; otherwise: 0 points"; ' +
  '"Ratio to target 100%"; "Deduct 0.25 points per item"; "Survey: A = 100%; B = 60%; C = 20%; D = 0%; ' +
  'E = excluded"';
const BULLETS: ReadonlySet<string> = new Set(['-', '+', '•']);

/** The kind a text names, and its clauses after the heading (`Theo mức:` / `Điều tra XHH:` …). */
interface Heading {
  readonly kind: RuleKind;
  readonly body: readonly Clause[];
  /** Named by a heading (`Có/Không`, `Theo mức`, …) rather than by the first clause itself (`Có: tối đa`). */
  readonly headed: boolean;
  /** The body's first clause continues the heading's line (`Tỷ lệ 100%`: the number follows the heading). */
  readonly sameLine: boolean;
}

/**
 * Reads rule text (README, "Rule text") into a v1 rule with decimals as text (not validated yet: the caller
 * runs `readRule` on it against the max). Reports INVALID_RULE_TEXT for every part that does not read and
 * returns null then.
 */
export function readRuleText(text: string, maxDecimal: string | null, issues: Issue[]): RuleV1 | null {
  const reader: RuleTextReader = { text, issues, maxDecimal };
  const lexed = lexRuleText(text);
  if (lexed.unclosedQuote !== null) {
    const quote = text[lexed.unclosedQuote];
    reportTextIssue(
      reader,
      [],
      `thiếu dấu ${quote} đóng cho phần trong ngoặc kép bắt đầu ở ký tự ${lexed.unclosedQuote + 1}; trong ngoặc kép, ` +
        `dấu ${quote} được viết hai lần (${quote}${quote}).`,
      `the quote ${quote} opened at character ${lexed.unclosedQuote + 1} is never closed; inside quotes, write ` +
        `${quote} twice (${quote}${quote}).`,
    );
    return null;
  }
  const clauses = splitClauses(lexed.tokens);
  if (clauses.length === 0) {
    reportTextIssue(
      reader,
      [],
      `chưa ghi phương pháp chấm điểm. Ghi theo một trong các mẫu: ${EXAMPLES_VI}.`,
      `the scoring method is empty. Write it like one of: ${EXAMPLES_EN}.`,
    );
    return null;
  }
  const heading = readHeading(clauses);
  if (!heading) {
    reportTextIssue(
      reader,
      clauses[0],
      `không nhận ra phương pháp chấm điểm. Ghi theo một trong các mẫu: ${EXAMPLES_VI}.`,
      `this is not a known scoring method. Write it like one of: ${EXAMPLES_EN}.`,
    );
    return null;
  }
  const before = issues.length;
  const rule = readBody(reader, heading);
  return issues.length === before ? rule : null;
}

function readBody(reader: RuleTextReader, { kind, body, headed, sameLine }: Heading): RuleV1 | null {
  switch (kind) {
    case 'manual':
      for (const clause of body) {
        reportTextIssue(
          reader,
          clause,
          '"Chấm trực tiếp" không có tham số (điểm do người chấm nhập); bỏ phần này.',
          '"Manual scoring" takes no parameters (the points are entered by the assessor); remove this part.',
        );
      }
      return { kind };
    case 'boolean':
      readBoolean(reader, body, headed);
      return { kind };
    case 'tiers':
      return readTiers(reader, body);
    case 'ratio':
      return withoutConditions(reader, body, 'tỷ lệ', 'ratio') ? readRatio(reader, body, sameLine) : null;
    case 'deduction':
      return withoutConditions(reader, body, 'trừ điểm', 'deduction') ? readDeduction(reader, body) : null;
    case 'survey':
      return readSurvey(reader, body);
  }
}

/** Splits at separators, dropping empty clauses, list bullets (`- `, `• `) and a closing full stop. */
function splitClauses(tokens: readonly TextToken[]): Clause[] {
  const clauses: Clause[] = [];
  let current: TextToken[] = [];
  const close = (): void => {
    if (current.length > 1 && BULLETS.has(current[0].key)) current.shift();
    if (current.length > 0 && current[current.length - 1].key === '.') current.pop();
    if (current.length > 0) clauses.push(current);
    current = [];
  };
  for (const token of tokens) {
    if (token.type === 'separator') close();
    else current.push(token);
  }
  close();
  return clauses;
}

const HEADS: readonly (readonly [readonly Phrase[], RuleKind])[] = [
  [MANUAL_HEADS, 'manual'],
  [SURVEY_HEADS, 'survey'],
  [RATIO_HEADS, 'ratio'],
  [TIERS_HEADS, 'tiers'],
  [BOOLEAN_HEADS, 'boolean'],
];
/** A tier condition can open the text without `Theo mức:` (`≥ 100%: 2 điểm; …`). */
const CONDITION_STARTS: readonly Phrase[] = [...AT_LEAST, ...AT_MOST, ...FROM_WORDS, ...STRICT_WORDS, ['#']];

function readHeading(clauses: readonly Clause[]): Heading | null {
  const [first, ...rest] = clauses;
  for (const [phrases, kind] of HEADS) {
    let length = matchPhrase(first, 0, phrases);
    if (length === 0) continue;
    if (first[length]?.key === ':') length += 1;
    const remainder = first.slice(length);
    const body = remainder.length > 0 ? [remainder, ...rest] : rest;
    return { kind, body, headed: true, sameLine: remainder.length > 0 };
  }
  const opensDeduction =
    matchPhrase(first, 0, DEDUCT_VERBS) > 0 ||
    (matchPhrase(first, 0, EACH_WORDS) > 0 &&
      first.some((_, at) => matchPhrase(first, at, DEDUCT_VERBS) > 0));
  const unheaded = { body: clauses, headed: false, sameLine: false };
  if (opensDeduction) return { kind: 'deduction', ...unheaded };
  // a condition before a yes/no word: `không quá 20%` is a tier, `không` alone is "no"
  if (matchPhrase(first, 0, CONDITION_STARTS) > 0) return { kind: 'tiers', ...unheaded };
  if (matchPhrase(first, 0, [...YES_WORDS, ...NO_WORDS]) > 0) {
    return { kind: 'boolean', ...unheaded };
  }
  return null;
}

/** Skips one `:` / `=` / `→` at `at`. */
function afterArrow(tokens: Clause, at: number): number {
  return at + matchPhrase(tokens, at, ARROWS);
}

/**
 * `Có: tối đa; Không: 0` (also `Đạt: 2 điểm` when 2 is the max). Without a heading (`Có/Không`) the text
 * must say what "Có" earns, or name both answers: a lone `Không` is no rule.
 */
function readBoolean(reader: RuleTextReader, body: readonly Clause[], headed: boolean): void {
  const before = reader.issues.length;
  const seen = new Set<'yes' | 'no'>();
  let yesValued = false;
  for (const clause of body) {
    const yes = matchPhrase(clause, 0, YES_WORDS);
    const no = matchPhrase(clause, 0, NO_WORDS);
    if (yes === 0 && no === 0) {
      reportTextIssue(reader, clause, BOOLEAN_EXPECTED_VI, BOOLEAN_EXPECTED_EN);
      continue;
    }
    const answer = no >= yes ? 'no' : 'yes';
    if (seen.has(answer)) {
      reportTextIssue(
        reader,
        clause,
        `"${answer === 'yes' ? 'Có' : 'Không'}" được ghi hai lần.`,
        `"${answer}" is given twice.`,
      );
    }
    seen.add(answer);
    const value = clause.slice(afterArrow(clause, Math.max(yes, no)));
    if (value.length === 0) continue;
    if (answer === 'yes') yesValued = true;
    checkBooleanPoints(reader, clause, answer, readPoints(reader, value));
  }
  if (!headed && !yesValued && seen.size < 2 && reader.issues.length === before) {
    reportTextIssue(reader, body.flat(), BOOLEAN_EXPECTED_VI, BOOLEAN_EXPECTED_EN);
  }
}

const BOOLEAN_EXPECTED_VI = 'quy tắc Có/Không ghi là "Có: tối đa; Không: 0".';
const BOOLEAN_EXPECTED_EN = 'a yes/no rule reads "Yes: max; No: 0".';

/** "Có" earns the max, "Không" 0: other points need a tiers rule. */
function checkBooleanPoints(
  reader: RuleTextReader,
  clause: Clause,
  answer: 'yes' | 'no',
  points: string | null,
): void {
  const expected = answer === 'yes' ? reader.maxDecimal : '0';
  if (points === null || expected === null || sameDecimal(points, expected)) return;
  reportTextIssue(
    reader,
    clause,
    answer === 'yes'
      ? `với quy tắc Có/Không, "Có" được điểm tối đa (${expected.replace('.', ',')} điểm); để cho số điểm khác, dùng "Theo mức".`
      : 'với quy tắc Có/Không, "Không" được 0 điểm; để cho số điểm khác, dùng "Theo mức".',
    answer === 'yes'
      ? `in a yes/no rule "Yes" earns the max (${expected} points); for other points use "Tiers".`
      : 'in a yes/no rule "No" earns 0 points; for other points use "Tiers".',
  );
}

/** Ratio and deduction text may carry free words, but no tier conditions (`≥ 80%`, `→`): false (reported) if it does. */
function withoutConditions(
  reader: RuleTextReader,
  body: readonly Clause[],
  kindVi: string,
  kindEn: string,
): boolean {
  const before = reader.issues.length;
  for (const clause of body) {
    if (!clause.some((token) => CONDITION_SYMBOLS.has(token.key))) continue;
    reportTextIssue(
      reader,
      clause,
      `quy tắc ${kindVi} không có ngưỡng; để chấm theo ngưỡng, dùng "Theo mức: ≥ 80%: 1 điểm; …".`,
      `a ${kindEn} rule has no thresholds; to score by thresholds use "Tiers: ≥ 80%: 1 point; …".`,
    );
  }
  return reader.issues.length === before;
}

const CONDITION_SYMBOLS: ReadonlySet<string> = new Set(['≥', '≤', '>', '<', '→']);

/** Tier clauses `≥ 80% "Đạt": 1 điểm` and at most one `còn lại: 0 điểm`. */
function readTiers(reader: RuleTextReader, body: readonly Clause[]): RuleV1 | null {
  const tiers: TierV1[] = [];
  let otherwise: string | undefined;
  let tierClauses = 0;
  for (const clause of body) {
    const otherwiseLength = matchPhrase(clause, 0, OTHERWISE_WORDS);
    if (otherwiseLength > 0) {
      if (otherwise !== undefined) {
        reportTextIssue(reader, clause, '"còn lại" được ghi hai lần.', '"otherwise" is given twice.');
      }
      otherwise = readPoints(reader, clause.slice(afterArrow(clause, otherwiseLength))) ?? otherwise;
      continue;
    }
    tierClauses += 1;
    const tier = readTier(reader, clause);
    if (tier) tiers.push(tier);
  }
  if (tierClauses === 0) {
    reportTextIssue(
      reader,
      body[body.length - 1] ?? [],
      'cần ít nhất một mức, ví dụ "Theo mức: ≥ 100%: 2 điểm; ≥ 80%: 1 điểm; còn lại: 0 điểm".',
      'at least one tier is needed, e.g. "Tiers: ≥ 100%: 2 points; ≥ 80%: 1 point; otherwise: 0 points".',
    );
    return null;
  }
  return otherwise === undefined ? { kind: 'tiers', tiers } : { kind: 'tiers', tiers, otherwise };
}

function readTier(reader: RuleTextReader, clause: Clause): TierV1 | null {
  const labels = clause.filter((token) => token.type === 'quoted');
  const tokens = clause.filter((token) => token.type !== 'quoted');
  const arrow = tokens.findIndex((token) => matchPhrase([token], 0, ARROWS) > 0);
  if (labels.length > 1) {
    reportTextIssue(
      reader,
      clause,
      'mỗi mức có tối đa một nhãn trong ngoặc kép.',
      'a tier has at most one quoted label.',
    );
  }
  if (arrow === -1) {
    reportTextIssue(
      reader,
      clause,
      'mỗi mức ghi điều kiện, dấu ":" rồi số điểm, ví dụ "≥ 80%: 1 điểm" hoặc "từ 50% đến 80% "Đạt": 0,5 điểm".',
      'a tier is a condition, ":" and the points, e.g. "≥ 80%: 1 point" or "from 50% to 80% "Pass": 0.5 points".',
    );
    return null;
  }
  const bounds = readTierCondition(reader, tokens.slice(0, arrow));
  const points = readPoints(reader, tokens.slice(arrow + 1));
  if (!bounds || points === null || labels.length > 1) return null;
  const tier: TierV1 = { ...bounds, points };
  return labels.length === 1 ? { ...tier, label: labels[0].value } : tier;
}

/** Points: `1`, `0,5 điểm`, `2 points`, `được 1 điểm`, or the max (`tối đa`, `max`). Null (reported) otherwise. */
function readPoints(reader: RuleTextReader, tokens: Clause): string | null {
  const at = matchPhrase(tokens, 0, GET_WORDS);
  const max = matchPhrase(tokens, at, MAX_WORDS);
  // the max did not parse (that is reported already): any placeholder keeps the text's own issues apart
  if (max > 0 && at + max === tokens.length) return reader.maxDecimal ?? '0';
  const number = tokens[at];
  if (number?.type === 'number' && at + 1 + matchPhrase(tokens, at + 1, POINT_UNITS) === tokens.length) {
    return number.value;
  }
  reportTextIssue(
    reader,
    tokens,
    'cần số điểm, ví dụ "1 điểm", "0,5" hoặc "tối đa".',
    'points are expected, e.g. "1 point", "0.5" or "max".',
  );
  return null;
}

function sameDecimal(a: string, b: string): boolean {
  const x = parseExactDecimal(a);
  const y = parseExactDecimal(b);
  return x !== null && y !== null && x.units === y.units && x.scale === y.scale;
}

/** `Tỷ lệ so với mục tiêu 100%`: one number, after the heading or a word such as "mục tiêu"; other words are free. */
function readRatio(reader: RuleTextReader, body: readonly Clause[], sameLine: boolean): RuleV1 | null {
  const targets: string[] = [];
  body.forEach((clause, index) => {
    clause.forEach((token, at) => {
      if (token.type !== 'number') return;
      const introduced =
        (sameLine && index === 0 && at === 0) ||
        matchPhrase(clause, at, TARGET_WORDS, true) > 0 ||
        (clause[at - 1]?.key === '(' && matchPhrase(clause, at - 1, TARGET_WORDS, true) > 0);
      const next = clause[at + 1]?.key === '%' ? at + 2 : at + 1;
      if (!introduced || matchPhrase(clause, next, POINT_UNITS) > 0) {
        reportTextIssue(
          reader,
          clause,
          'quy tắc tỷ lệ chỉ có một số: mục tiêu (thường là %), ví dụ "Tỷ lệ so với mục tiêu 100%"; điểm = điểm tối đa × tỷ lệ đạt được.',
          'a ratio rule has one number only, its target (usually a %), e.g. "Ratio to target 100%"; points = max × the ratio reached.',
        );
        return;
      }
      targets.push(token.value);
    });
  });
  if (targets.length > 1) {
    reportTextIssue(reader, body.flat(), 'chỉ ghi một mục tiêu.', 'give one target only.');
  }
  return targets.length === 0 ? { kind: 'ratio' } : { kind: 'ratio', target: targets[0] };
}

/** `Trừ 0,25 điểm mỗi trường hợp`, `Mỗi lần chậm trừ 0,5 điểm`: one number, right after the verb. */
function readDeduction(reader: RuleTextReader, body: readonly Clause[]): RuleV1 | null {
  const amounts: string[] = [];
  for (const clause of body) {
    clause.forEach((token, at) => {
      if (token.type !== 'number') return;
      if (matchPhrase(clause, at, DEDUCT_VERBS, true) === 0 || clause[at + 1]?.key === '%') {
        reportTextIssue(
          reader,
          clause,
          'quy tắc trừ điểm chỉ có một số: số điểm trừ mỗi trường hợp, ngay sau "trừ", ví dụ "Trừ 0,25 điểm mỗi trường hợp".',
          'a deduction rule has one number only, the points deducted per item, right after "deduct", e.g. "Deduct 0.25 points per item".',
        );
        return;
      }
      amounts.push(token.value);
    });
  }
  if (amounts.length === 0) {
    reportTextIssue(
      reader,
      body.flat(),
      'thiếu số điểm trừ mỗi trường hợp, ví dụ "Trừ 0,25 điểm mỗi trường hợp".',
      'the points deducted per item are missing, e.g. "Deduct 0.25 points per item".',
    );
    return null;
  }
  if (amounts.length > 1) {
    reportTextIssue(reader, body.flat(), 'chỉ ghi một số điểm trừ.', 'give one deduction only.');
  }
  return { kind: 'deduction', perItem: amounts[0] };
}

/** `Điều tra XHH: A = 100%; B "Hài lòng" = 60%; E = không tính` (no options: the default A–E). */
function readSurvey(reader: RuleTextReader, body: readonly Clause[]): RuleV1 | null {
  const options: SurveyOptionV1[] = [];
  for (const clause of body) {
    const option = readOption(reader, clause);
    if (option) options.push(option);
  }
  return body.length === 0 ? { kind: 'survey' } : { kind: 'survey', options };
}

function readOption(reader: RuleTextReader, clause: Clause): SurveyOptionV1 | null {
  const [first] = clause;
  const code =
    first.type === 'quoted' || first.type === 'word'
      ? first.value
      : first.type === 'number'
        ? reader.text.slice(first.start, first.end)
        : null;
  let at = 1;
  let percent: string | undefined;
  let excluded = false;
  let label: string | undefined;
  let understood = code !== null;
  while (understood && at < clause.length) {
    const token = clause[at];
    const exclusion = matchPhrase(clause, at, EXCLUDED_WORDS);
    if (token.key === '(' || token.key === ')' || matchPhrase(clause, at, ARROWS) > 0) at += 1;
    else if (token.type === 'quoted' && label === undefined) {
      label = token.value;
      at += 1;
    } else if (exclusion > 0 && !excluded) {
      excluded = true;
      at += exclusion;
    } else if (token.type === 'number' && percent === undefined) {
      percent = token.value;
      at += clause[at + 1]?.key === '%' ? 2 : 1;
    } else understood = false;
  }
  if (code === null || !understood || (percent === undefined && !excluded)) {
    reportTextIssue(
      reader,
      clause,
      'mỗi phương án ghi mã, dấu "=" rồi tỷ lệ điểm, ví dụ "A = 100%", "B "Hài lòng" = 60%" hoặc ' +
        '"E = không tính" (mã có dấu cách hay ký hiệu thì đặt trong ngoặc kép).',
      'each option is a code, "=" and its percent, e.g. "A = 100%", "B "Satisfied" = 60%" or "E = excluded" ' +
        '(a code with spaces or symbols goes in quotes).',
    );
    return null;
  }
  const option: SurveyOptionV1 = { code, percent: percent ?? '0', ...(excluded ? { excluded } : {}) };
  return label === undefined ? option : { ...option, label };
}
