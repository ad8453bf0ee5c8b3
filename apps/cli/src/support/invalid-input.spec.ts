import { invalidInput } from './invalid-input';

describe('invalidInput', () => {
  it('counts the issues and carries them', () => {
    const issue = { code: 'UNKNOWN_LEAF' as const, message: 'x', messageEn: 'y' };
    const error = invalidInput('a.json', [issue, issue]);
    expect([error.code, error.messages.vi, error.messages.en, error.issues.length]).toEqual([
      'INVALID_INPUT',
      'tệp "a.json" không hợp lệ (2 lỗi).',
      'file "a.json" is invalid (2 issues).',
      2,
    ]);
  });
});
