import type { Issue, Locale } from '@par/scoring';

/** One line per issue: `CODE  message  [path]`, in the chosen language. */
export function formatIssues(issues: readonly Issue[], lang: Locale): string {
  const width = Math.max(...issues.map((issue) => issue.code.length));
  return issues
    .map((issue) => {
      const message = lang === 'vi' ? issue.message : issue.messageEn;
      const path = issue.path ? `  [${issue.path}]` : '';
      return `  ${issue.code.padEnd(width)}  ${message}${path}\n`;
    })
    .join('');
}
