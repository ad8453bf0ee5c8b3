import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, expectAccessible, screenPath } from './support';

/**
 * The demo's published period (2025). Should a demo ever have none, the admin computes and publishes the
 * latest computable period through the API first, as the province would.
 */
async function publishedPeriod(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const list = async () =>
    (await (await request.get('/api/v1/public/periods')).json()) as {
      id: string;
      name: string;
      year: number;
    }[];
  const published = await list();
  if (published.length > 0) return published.sort((a, b) => b.year - a.year)[0];
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const periods = (
    (await (await request.get('/api/v1/periods', { headers })).json()) as { items: { id: string }[] }
  ).items;
  for (const period of periods) {
    if (!(await request.post(`/api/v1/periods/${period.id}/results/compute`, { headers })).ok()) continue;
    const published = await request.post(`/api/v1/periods/${period.id}/publish`, {
      headers,
      data: {
        decisionNo: '01/QĐ-E2E',
        decisionDate: '2026-03-06',
        acknowledgeWarnings: true,
        acknowledgementReason: 'Hành trình kiểm thử công bố kết quả',
      },
    });
    expect(published.ok()).toBe(true);
    return (await list())[0];
  }
  throw new Error('the demo has no computable period');
}

test.describe('the public results on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('an anonymous visitor opens the published results, finds a unit without accents, and opens its history', async ({
    page,
    request,
  }) => {
    const period = await publishedPeriod(request);
    const signedRequests: string[] = [];
    page.on('request', (req) => {
      if (req.headers()['authorization'] || req.url().includes('/api/v1/auth/'))
        signedRequests.push(req.url());
    });

    await page.goto('/cong-khai/ket-qua');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Công khai kết quả Chỉ số CCHC' }),
    ).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: period.name }) });
    await expect(card).toContainText(/Quyết định số .+ ngày \d{2} tháng \d{1,2} năm \d{4}/);
    await page.screenshot({ path: screenPath('phone-public-periods') });
    await card.getByRole('link', { name: /Xem kết quả/ }).tap();

    await expect(page).toHaveURL(new RegExp(`/cong-khai/ket-qua/${period.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: period.name })).toBeVisible();
    await expect(page.getByText(/Đã công bố theo Quyết định số/)).toBeVisible();
    // Group names, not codes.
    await expect(page.getByRole('button', { name: 'Sở, ban, ngành' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'departments' })).toHaveCount(0);
    // Cards on a phone: nothing wider than the screen.
    const firstCard = page.locator('.results-table tbody tr').first();
    await expect(firstCard).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'the public results');
    await page.screenshot({ path: screenPath('phone-public-results') });

    // The agencies' group (the groups come in the period's order).
    await page.getByRole('button', { name: 'Sở, ban, ngành' }).tap();
    await expect(page.getByRole('button', { name: 'Sở, ban, ngành', pressed: true })).toBeVisible();
    await page.getByLabel('Tìm theo tên hoặc mã đơn vị').fill('so tu phap');
    await expect(page.getByText(/^1\/\d+ đơn vị$/)).toBeVisible();
    await page.getByRole('link', { name: 'Sở Tư pháp' }).tap();

    await expect(page.getByRole('heading', { level: 1, name: 'Sở Tư pháp' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Điểm theo lĩnh vực' })).toBeVisible();
    // The chart library arrives with this page and draws.
    await expect(page.getByRole('img', { name: 'Biểu đồ điểm theo lĩnh vực' }).locator('svg')).toBeVisible();
    const years = page.getByRole('table', { name: 'Chỉ số và thứ hạng qua các năm' });
    await expect(years).toBeVisible();
    await expect(years.getByRole('row')).not.toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Mất điểm ở đâu' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'a unit’s public results');
    await page.screenshot({ path: screenPath('phone-public-unit'), fullPage: true });

    expect(signedRequests).toEqual([]);
  });
});
