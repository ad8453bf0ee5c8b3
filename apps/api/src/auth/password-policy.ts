import type { FieldProblemParams } from '@par/contracts';

export const MIN_PASSWORD_LENGTH = 10;

/** The rules of the password policy that `password` breaks (empty: strong enough). Pure: env.ts uses it too. */
export function passwordRuleBreaks(
  password: string,
  username: string,
): FieldProblemParams<'WEAK_PASSWORD'>[] {
  const broken: FieldProblemParams<'WEAK_PASSWORD'>[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) broken.push({ rule: 'length', min: MIN_PASSWORD_LENGTH });
  if (password.toLowerCase().includes(username.toLowerCase())) broken.push({ rule: 'username' });
  if (new Set(password).size < 4) broken.push({ rule: 'distinct' });
  return broken;
}
