import { expect, type Page } from '@playwright/test';

export const ADMIN = { username: 'admin', password: 'e2e-quan-tri-1' };
/** Every demo account shares this password (libs/demo). */
export const DEMO_PASSWORD = 'LamGiang@2026';

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).not.toHaveURL(/\/login/);
}
