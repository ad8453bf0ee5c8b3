import { formatIndex, formatPoints, type CriteriaSet, type Locale, type ScoredUnit } from '@par/scoring';
import { renderTable } from './render-table';

/** Results for people: one table per ranking group, by rank, with Vietnamese (or English) headers and numbers. */
export function resultsTable(
  set: CriteriaSet,
  units: readonly ScoredUnit[],
  names: ReadonlyMap<string, string>,
  lang: Locale,
): string {
  const vi = lang === 'vi';
  const groups = [...new Set(units.map((unit) => unit.group))];
  const title = vi
    ? `Kết quả Chỉ số CCHC — bộ tiêu chí ${set.code} (${set.name}, năm ${set.year})`
    : `PAR Index results — criteria set ${set.code} (${set.name}, ${set.year})`;
  const sections = groups.map((group) => {
    const members = units
      .filter((unit) => unit.group === group)
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code, 'vi'));
    const table = renderTable(
      [
        { header: vi ? 'Hạng' : 'Rank', align: 'right' },
        { header: vi ? 'Mã' : 'Code' },
        { header: vi ? 'Đơn vị' : 'Unit' },
        { header: vi ? 'Điểm' : 'Points', align: 'right' },
        { header: vi ? 'Tối đa' : 'Max', align: 'right' },
        { header: vi ? 'Chỉ số (%)' : 'Index (%)', align: 'right' },
        { header: vi ? 'Xếp loại' : 'Band' },
        { header: vi ? 'Thiếu số liệu' : 'Missing' },
      ],
      members.map((unit) => [
        unit.rank === null ? '—' : String(unit.rank),
        unit.code,
        names.get(unit.code) ?? '',
        formatPoints(unit.pointsMilli, { locale: lang }),
        formatPoints(unit.maxMilli, { locale: lang }),
        formatIndex(unit.indexCenti, { locale: lang }),
        unit.band?.label ?? '—',
        unit.missing.join(', '),
      ]),
    );
    return `${vi ? 'Nhóm xếp hạng' : 'Ranking group'}: ${group} (${members.length} ${vi ? 'đơn vị' : 'units'})\n${table}`;
  });
  return `${title}\n\n${sections.join('\n\n')}\n`;
}
