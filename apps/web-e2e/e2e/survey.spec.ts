import { expect, test, type APIRequestContext } from '@playwright/test';
import { ADMIN, expectAccessible } from './support';

/** A one-time code for people and businesses rating Sở Tư pháp, issued through the API as the admin. */
async function issueCode(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/v1/auth/login', { data: ADMIN });
  expect(login.ok()).toBe(true);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  const periods = (
    (await (await request.get('/api/v1/periods', { headers })).json()) as { items: { id: string }[] }
  ).items;
  // The demo's survey belongs to this year's period.
  for (const period of periods) {
    const survey = await request.get(`/api/v1/periods/${period.id}/survey`, { headers });
    if (!survey.ok()) continue;
    const issued = await request.post(`/api/v1/periods/${period.id}/survey/codes`, {
      headers,
      data: { groupCode: 'NGUOI-DAN', unitCode: 'STP', count: 1 },
    });
    expect(issued.status()).toBe(201);
    return ((await issued.json()) as { codes: string[] }).codes[0];
  }
  throw new Error('the demo has no period with a survey');
}

test.describe('the public survey page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('a respondent opens a code without signing in, answers every question once, and cannot answer twice', async ({
    page,
    request,
  }) => {
    const code = await issueCode(request);
    // As printed on the card: in groups, any case.
    await page.goto('/s');
    await page
      .getByLabel('Mã phiếu')
      .fill(`${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase());
    await page.getByRole('button', { name: 'Mở phiếu' }).click();
    await expect(page).toHaveURL(new RegExp(`/s/${code}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Phiếu khảo sát ý kiến' })).toBeVisible();
    await expect(page.getByText('Sở Tư pháp')).toBeVisible();
    await expect(page.getByText(/không lưu mã phiếu/)).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expectAccessible(page, 'the public survey page');

    const questions = page.getByRole('group', { name: /^Câu \d+\./ });
    const count = await questions.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++)
      await questions.nth(index).getByText('Rất tốt', { exact: true }).tap();
    await expect(page.getByText(`Đã trả lời ${count}/${count} câu`)).toBeVisible();
    // Nothing wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: 'Gửi phiếu' }).tap();
    await expect(page.getByRole('heading', { name: 'Cảm ơn bạn đã trả lời!' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Mã phiếu này đã được sử dụng' })).toBeVisible();
  });
});
