/** The flags of every command that reads a criteria set and its assessments. */
export const INPUT_OPTIONS = {
  criteria: { type: 'string' },
  assessments: { type: 'string' },
  format: { type: 'string' },
} as const;

/** Help lines for INPUT_OPTIONS (the command adds its own `--format` line). */
export const INPUT_USAGE = [
  '--criteria FILE            bộ tiêu chí · criteria set (criteria-set/v1)',
  '--assessments FILE         số liệu đánh giá · assessments (assessments/v1)',
];
