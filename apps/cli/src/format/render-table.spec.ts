import { renderTable } from './render-table';

describe('renderTable', () => {
  it('aligns columns by display width, Vietnamese letters counting one column', () => {
    const decomposed = 'Sở'.normalize('NFD');
    expect(
      renderTable(
        [{ header: 'Mã' }, { header: 'Đơn vị' }, { header: 'Điểm', align: 'right' }],
        [
          ['STP', 'Sở Tư pháp', '9,720'],
          ['X', decomposed, '10,000'],
        ],
      ),
    ).toBe(
      [
        'Mã   Đơn vị        Điểm',
        '───  ──────────  ──────',
        'STP  Sở Tư pháp   9,720',
        `X    ${decomposed}          10,000`,
      ].join('\n'),
    );
  });
});
