import { COMMANDS } from './commands/commands';
import { helpText } from './help-text';

describe('helpText', () => {
  it('lists every command in both languages with the exit codes', () => {
    const text = helpText(COMMANDS);
    expect(text).toContain('  lost-points  Điểm bị mất theo lĩnh vực');
    expect(text).toContain('               Points lost per area, criterion, leaf and responsible agency');
    expect(text).toContain('Mã thoát · Exit codes: 0');
  });

  it('shows one command with its flags and the common ones', () => {
    const explain = COMMANDS.find((command) => command.name === 'explain');
    const text = helpText(COMMANDS, explain);
    expect(text.split('\n').slice(0, 2)).toEqual([
      'par-index explain — Giải thích điểm từng tiêu chí của từng đơn vị (quy tắc, số liệu, kết quả)',
      "  Explain each unit's points leaf by leaf (rule, input, result)",
    ]);
    expect(text).toContain('  --unit CODE');
    expect(text).toContain('  --lang vi|en');
  });
});
