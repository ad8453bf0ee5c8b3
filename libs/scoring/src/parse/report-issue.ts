import type { Issue, IssueCode, IssueLocation } from '../model/issue.types';

/**
 * Adds an issue whose messages start with where it is (`Đơn vị STP, tiêu chí 1.2: …` / `Unit STP, leaf 1.2: …`).
 * Only the location fields that are set appear on the issue, so it serialises cleanly.
 */
export function reportIssue(
  issues: Issue[],
  code: IssueCode,
  at: IssueLocation,
  vi: string,
  en: string,
): void {
  const place = placeOf(at);
  const issue: { -readonly [K in keyof Issue]: Issue[K] } = {
    code,
    message: place.vi + vi,
    messageEn: place.en + en,
  };
  if (at.node !== undefined) issue.node = at.node;
  if (at.unit !== undefined) issue.unit = at.unit;
  if (at.leaf !== undefined) issue.leaf = at.leaf;
  if (at.path !== undefined) issue.path = at.path;
  issues.push(issue);
}

function placeOf(at: IssueLocation): { vi: string; en: string } {
  const vi: string[] = [];
  const en: string[] = [];
  if (at.unit !== undefined) {
    vi.push(`đơn vị ${at.unit}`);
    en.push(`unit ${at.unit}`);
  }
  if (at.leaf !== undefined) {
    vi.push(`tiêu chí ${at.leaf}`);
    en.push(`leaf ${at.leaf}`);
  }
  if (at.node !== undefined) {
    vi.push(`nút ${at.node}`);
    en.push(`node ${at.node}`);
  }
  if (vi.length === 0) return { vi: '', en: '' };
  return { vi: `${capitalize(vi.join(', '))}: `, en: `${capitalize(en.join(', '))}: ` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
