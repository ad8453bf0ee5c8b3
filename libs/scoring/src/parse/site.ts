import type { IssueLocation } from '../model/issue.types';

/**
 * Where a reader stands in a document. A quick site (`detailed: false`) builds no paths — its sub-sites are
 * itself — so a valid national file is read without creating a path string per field; a parser that found
 * issues in a quick pass reads again with a detailed site to report exact paths and names.
 */
export interface Site extends IssueLocation {
  readonly detailed: boolean;
}
