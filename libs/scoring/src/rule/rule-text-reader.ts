import type { Issue } from '../model/issue.types';
import type { TextToken } from './lex-rule-text';

/** What the rule-text grammar reads with. */
export interface RuleTextReader {
  /** The text as given (quoted in messages). */
  readonly text: string;
  readonly issues: Issue[];
  /** The leaf's max as a decimal with a point (what `tối đa` means), null when the max did not parse. */
  readonly maxDecimal: string | null;
}

/** Tokens between two separators. */
export type Clause = readonly TextToken[];
