import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

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

/**
 * Runs axe (WCAG 2 A/AA rules) on the page as it is and fails on any serious or critical violation, listing
 * each with the elements it concerns. Minor and moderate findings are not gated here. `include` limits the
 * check to those parts of the page.
 */
export async function expectAccessible(page: Page, screen: string, include: string[] = []): Promise<void> {
  // A table being refetched is dimmed for a moment (aria-busy): check the page as it settles.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  // A very long page (the self-assessment's 144 leaves) is checked on representative parts only.
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(blocking, `axe on ${screen}`).toEqual([]);
}

/**
 * Where a journey saves a screenshot of a key screen: `tmp/e2e-screens/<name>.png` at the repository's root
 * (ignored by git), whatever folder the runner was started from.
 */
export function screenPath(name: string): string {
  return resolve(test.info().config.rootDir, '../../../tmp/e2e-screens', `${name}.png`);
}
