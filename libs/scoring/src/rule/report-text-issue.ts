import type { TextToken } from './lex-rule-text';
import { reportIssue } from '../parse/report-issue';
import type { RuleTextReader } from './rule-text-reader';

const QUOTED = 60;

/**
 * Reports INVALID_RULE_TEXT, quoting the part of the text it is about (`tokens`, cut at 60 characters):
 * `Tại "≥ 80: một điểm": …` / `At "≥ 80: một điểm": …`. Messages say what was expected.
 */
export function reportTextIssue(
  reader: RuleTextReader,
  tokens: readonly TextToken[],
  vi: string,
  en: string,
): void {
  if (tokens.length === 0) {
    reportIssue(reader.issues, 'INVALID_RULE_TEXT', {}, capitalize(vi), capitalize(en));
    return;
  }
  const part = reader.text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, ' ');
  const shown = part.length > QUOTED ? `${part.slice(0, QUOTED - 1)}…` : part;
  reportIssue(reader.issues, 'INVALID_RULE_TEXT', {}, `Tại "${shown}": ${vi}`, `At "${shown}": ${en}`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
