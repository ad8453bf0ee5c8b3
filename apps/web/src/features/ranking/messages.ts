import type { MessageCatalogue } from '../../lib/messages';

/** Results, rankings and their public page. Vietnamese first, English beside it. */
export const rankingMessages = {
  'ranking.title': { vi: 'Kết quả Chỉ số CCHC', en: 'PAR Index results' },
  'ranking.description': {
    vi: 'Điểm theo lĩnh vực, tổng điểm, chỉ số, xếp hạng và xếp loại của từng nhóm xếp hạng.',
    en: 'Points per area, total, index, rank and band of each ranking group.',
  },
  'ranking.period': { vi: 'Kỳ đánh giá', en: 'Period' },
  'ranking.noPeriod': { vi: 'Chưa có kỳ đánh giá nào.', en: 'No periods yet.' },
  'ranking.snapshot': { vi: 'Lần tính điểm', en: 'Compute' },
  'ranking.snapshotOption': { vi: 'Lần {seq} — {date}', en: 'No. {seq} — {date}' },
  'ranking.snapshotProvisionalOption': {
    vi: 'Lần {seq} — {date} (tạm tính)',
    en: 'No. {seq} — {date} (provisional)',
  },
  'ranking.noSnapshot': {
    vi: 'Kỳ này chưa được tính điểm. Kết quả xuất hiện ở đây sau lần tính điểm đầu tiên.',
    en: 'This period has not been computed yet. Results appear here after the first compute.',
  },
  'ranking.provisional': {
    vi: 'KẾT QUẢ TẠM TÍNH — chưa phải kết quả chính thức, không được công bố.',
    en: 'PROVISIONAL RESULTS — not official, never published.',
  },
  'ranking.provisionalBadge': { vi: 'Tạm tính', en: 'Provisional' },
  'ranking.warnings': {
    vi: 'Lần tính điểm này có {count} cảnh báo (đơn vị thiếu dữ liệu hoặc thiếu phiếu điều tra).',
    en: 'This compute has {count} warnings (units with missing inputs or too few survey forms).',
  },
  'ranking.published': {
    vi: 'Đã công bố theo Quyết định số {decisionNo} {date}.',
    en: 'Published by decision {decisionNo} of {date}.',
  },
  'ranking.publishedSigner': { vi: 'Người ký: {signer}', en: 'Signed by {signer}' },
  'ranking.download': { vi: 'Tải bảng kết quả chính thức', en: 'Download the official tables' },
  'ranking.download.xlsx': { vi: 'Bảng tính Excel (.xlsx)', en: 'Excel workbook (.xlsx)' },
  'ranking.download.csv': { vi: 'Tệp CSV', en: 'CSV file' },
  'ranking.download.pdf': { vi: 'Tệp PDF công bố', en: 'Publication PDF' },
  'ranking.downloading': { vi: 'Đang tải…', en: 'Downloading…' },

  'ranking.group': { vi: 'Nhóm xếp hạng', en: 'Ranking group' },
  'ranking.search': { vi: 'Tìm theo tên hoặc mã đơn vị', en: 'Search by unit name or code' },
  'ranking.band': { vi: 'Xếp loại', en: 'Band' },
  'ranking.anyBand': { vi: 'Mọi xếp loại', en: 'Any band' },
  'ranking.noBand': { vi: 'Chưa xếp loại', en: 'No band' },
  'ranking.count': { vi: '{shown}/{total} đơn vị', en: '{shown} of {total} units' },
  'ranking.empty': { vi: 'Không có đơn vị nào phù hợp.', en: 'No unit matches.' },
  'ranking.showMore': { vi: 'Xem thêm {count} đơn vị', en: 'Show {count} more units' },
  'ranking.sortBy': { vi: 'Sắp xếp theo {column}', en: 'Sort by {column}' },

  'ranking.col.rank': { vi: 'Xếp hạng', en: 'Rank' },
  'ranking.col.unit': { vi: 'Tên đơn vị', en: 'Unit' },
  'ranking.col.points': { vi: 'Tổng điểm', en: 'Total points' },
  'ranking.col.index': { vi: 'Chỉ số %', en: 'Index %' },
  'ranking.col.band': { vi: 'Xếp loại', en: 'Band' },
  'ranking.col.change': { vi: 'So với năm trước', en: 'Vs last year' },
  'ranking.change.up': { vi: 'tăng {n} bậc', en: 'up {n}' },
  'ranking.change.down': { vi: 'giảm {n} bậc', en: 'down {n}' },
  'ranking.change.same': { vi: 'giữ nguyên', en: 'unchanged' },
  'ranking.change.none': { vi: 'chưa có', en: 'n/a' },

  'ranking.diff.title': { vi: 'So sánh hai lần tính điểm', en: 'Compare two computes' },
  'ranking.diff.with': { vi: 'So với lần tính điểm', en: 'Compare with' },
  'ranking.diff.none': { vi: '— không so sánh —', en: '— no comparison —' },
  'ranking.diff.noMoves': {
    vi: 'Không đơn vị nào thay đổi chỉ số, thứ hạng hay xếp loại.',
    en: 'No unit changed index, rank or band.',
  },
  'ranking.diff.moved': { vi: '{count} đơn vị thay đổi', en: '{count} units changed' },
  'ranking.diff.index': { vi: 'Chỉ số (trước → sau)', en: 'Index (before → after)' },
  'ranking.diff.rank': { vi: 'Thứ hạng (trước → sau)', en: 'Rank (before → after)' },
  'ranking.diff.bandChange': { vi: 'Xếp loại (trước → sau)', en: 'Band (before → after)' },

  'ranking.unit.title': { vi: 'Kết quả của đơn vị', en: 'Unit results' },
  'ranking.unit.back': { vi: '← Bảng xếp hạng', en: '← Rankings' },
  'ranking.unit.notFound': {
    vi: 'Không có đơn vị mã {code} trong kết quả này.',
    en: 'No unit with code {code} in these results.',
  },
  'ranking.unit.summary': {
    vi: 'Tổng điểm {points}/{maxPoints} — chỉ số {index}% — xếp hạng {rank} — {band}',
    en: 'Total {points}/{maxPoints} — index {index}% — rank {rank} — {band}',
  },
  'ranking.unit.areas': { vi: 'Điểm theo lĩnh vực', en: 'Points per area' },
  'ranking.unit.area': { vi: 'Lĩnh vực', en: 'Area' },
  'ranking.unit.got': { vi: 'Điểm đạt', en: 'Points' },
  'ranking.unit.max': { vi: 'Điểm tối đa', en: 'Maximum' },
  'ranking.unit.lost': { vi: 'Điểm bị trừ', en: 'Points lost' },
  'ranking.unit.trend': { vi: 'Chỉ số và thứ hạng qua các năm', en: 'Index and rank across years' },
  'ranking.unit.year': { vi: 'Năm', en: 'Year' },
  'ranking.unit.noHistory': {
    vi: 'Đơn vị chưa có kết quả công bố nào.',
    en: 'The unit is in no published results yet.',
  },
  'ranking.unit.losses': { vi: 'Mất điểm ở đâu', en: 'Where points were lost' },
  'ranking.unit.lossesExplain': {
    vi: 'Các tiêu chí thành phần chưa đạt điểm tối đa, mất nhiều điểm nhất trước.',
    en: 'The leaves below their maximum, most points lost first.',
  },
  'ranking.unit.noLosses': { vi: 'Đơn vị đạt điểm tối đa ở mọi tiêu chí.', en: 'Full points everywhere.' },
  'ranking.unit.criterion': { vi: 'Tiêu chí', en: 'Criterion' },
  'ranking.unit.moreLosses': { vi: 'Và {count} tiêu chí khác.', en: 'And {count} more.' },
  'ranking.chart.loading': { vi: 'Đang tải biểu đồ…', en: 'Loading the chart…' },
  'ranking.chart.areas': { vi: 'Biểu đồ điểm theo lĩnh vực', en: 'Chart of points per area' },
  'ranking.chart.trend': { vi: 'Biểu đồ chỉ số qua các năm', en: 'Chart of the index across years' },

  'ranking.public.title': { vi: 'Công khai kết quả Chỉ số CCHC', en: 'Published PAR Index results' },
  'ranking.public.periods': { vi: 'Các kỳ đã công bố', en: 'Published periods' },
  'ranking.public.none': {
    vi: 'Chưa có kết quả nào được công bố.',
    en: 'No results have been published yet.',
  },
  'ranking.public.open': { vi: 'Xem kết quả', en: 'See the results' },
  'ranking.public.decision': {
    vi: 'Quyết định số {decisionNo} {date}',
    en: 'Decision {decisionNo} of {date}',
  },
  'ranking.public.decisionFile': { vi: 'Quyết định đã ký (PDF)', en: 'Signed decision (PDF)' },
  'ranking.public.allPeriods': { vi: '← Các kỳ đã công bố', en: '← Published periods' },
  'ranking.public.notPublished': {
    vi: 'Kết quả của kỳ này chưa được công bố.',
    en: 'The results of this period are not published.',
  },
  'ranking.public.version': { vi: 'Phiên bản {version}', en: 'Version {version}' },
  'ranking.public.versionPick': { vi: 'Phiên bản công bố', en: 'Published version' },
  'ranking.public.versionOption': {
    vi: 'Phiên bản {version} — Quyết định số {decisionNo} {date}',
    en: 'Version {version} — Decision {decisionNo} of {date}',
  },
  'ranking.public.versionLatest': {
    vi: 'Phiên bản {version} (mới nhất) — Quyết định số {decisionNo} {date}',
    en: 'Version {version} (latest) — Decision {decisionNo} of {date}',
  },
  'ranking.public.superseded': {
    vi: 'Bạn đang xem phiên bản {version}; kết quả này đã được thay thế bởi phiên bản {by} sau phúc khảo.',
    en: 'You are reading version {version}; it was replaced by version {by} after appeals.',
  },
} satisfies MessageCatalogue<'ranking'>;
