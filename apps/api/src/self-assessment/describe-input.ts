import { formatPoints, toMilli, type LeafInputV1 } from '@par/scoring';

const vi = (n: number | string) => String(n).replace('.', ',');

/** A leaf input as an official reads it: "Có", "19/20 (95%)", "3 trường hợp", "1,25 điểm", "Không áp dụng". */
export function describeInput(input: LeafInputV1 | null): string {
  if (!input) return '';
  if (input.notApplicable) return 'Không áp dụng';
  if (input.points !== undefined)
    return `${formatPoints(toMilli(input.points), { locale: 'vi', trimZeros: true })} điểm`;
  if (typeof input.value === 'boolean') return input.value ? 'Có' : 'Không';
  if (input.value !== undefined) return vi(input.value);
  if (input.numerator !== undefined && input.denominator !== undefined) {
    const pct =
      Number(input.denominator) > 0
        ? Math.round((Number(input.numerator) / Number(input.denominator)) * 10000) / 100
        : 0;
    return `${vi(input.numerator)}/${vi(input.denominator)} (${vi(pct)}%)`;
  }
  if (input.count !== undefined) return `${input.count} trường hợp`;
  if (input.counts)
    return Object.entries(input.counts)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ');
  if (input.meanPercent !== undefined) return `${vi(input.meanPercent)}%`;
  return '';
}
