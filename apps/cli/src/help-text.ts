import type { Command } from './commands/command';

/** `par-index --help` (no command) or `par-index <command> --help`, Vietnamese with English. */
export function helpText(commands: readonly Command[], command?: Command): string {
  if (command) {
    return [
      `par-index ${command.name} — ${command.summary.vi}`,
      `  ${command.summary.en}`,
      '',
      'Tham số · Flags:',
      ...command.usage.split('\n').map((line) => `  ${line}`),
      '  --lang vi|en               ngôn ngữ thông báo và bảng · language of messages and tables',
      '  --help, -h',
      '',
    ].join('\n');
  }
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'par-index — Chỉ số cải cách hành chính (PAR INDEX): kiểm tra, chấm điểm, giải thích tệp trao đổi v1',
    '  validate, score, explain and analyse PAR INDEX interchange files offline',
    '',
    'Cách dùng · Usage: par-index <lệnh · command> [tham số · flags]     par-index <lệnh> --help',
    '',
    'Lệnh · Commands:',
    ...commands.flatMap((c) => [
      `  ${c.name.padEnd(width)}  ${c.summary.vi}`,
      `  ${' '.repeat(width)}  ${c.summary.en}`,
    ]),
    '',
    'Ví dụ · Example:',
    '  par-index score --criteria criteria-set.json --assessments assessments.json --format table',
    '',
    'Mã thoát · Exit codes: 0 xong · done   1 dữ liệu bị từ chối · input refused   2 sai cú pháp · usage   3 lỗi nội bộ · internal',
    '',
  ].join('\n');
}
