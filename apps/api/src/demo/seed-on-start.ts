import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { seedDemo, type SeedHttp, type SeedReport } from '@par/demo';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';
import { Clock } from '../common/time/clock';
import { User } from '../organization/user.entity';

/** Requests through the whole app in-process (Fastify inject): the seed meets every guard, pipe and rule. */
export function injectHttp(app: NestFastifyApplication): SeedHttp {
  return {
    async request(method, path, options = {}) {
      const res = await app.inject({
        method,
        url: path,
        ...(options.body !== undefined ? { payload: options.body as object } : {}),
        headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
      });
      return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as unknown) : null };
    },
  };
}

/**
 * `PAR_SEED_DEMO=1`: loads the demo province into an empty database (no unit yet), acting as `admin`
 * through the REST API. Returns null (and loads nothing) when the database already holds data.
 */
export async function seedDemoOnFirstStart(
  app: NestFastifyApplication,
  log: (line: string) => void,
): Promise<SeedReport | null> {
  const dataSource = app.get(DataSource);
  const [{ count }] = await dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM unit');
  if (count > 0) {
    log('Dữ liệu mẫu: bỏ qua, cơ sở dữ liệu đã có đơn vị / demo data skipped: the database has units');
    return null;
  }
  const admin = await dataSource
    .getRepository(User)
    .findOneOrFail({ where: { role: 'admin', active: true }, order: { createdAt: 'ASC' } });
  // An in-process session that a pending password change does not block, ended as soon as the seed is done.
  const tokens = app.get(TokenService);
  const { accessToken, refreshToken } = await dataSource.transaction((m) =>
    tokens.issue(m, admin, null, { passwordChangeExempt: true }),
  );
  try {
    return await seedDemo(injectHttp(app), {
      today: app.get(Clock).now(),
      admin: { token: accessToken },
      log,
    });
  } finally {
    await tokens.revokeByToken(refreshToken, admin.id);
  }
}

/** The demo's accounts, printed once for a newcomer. */
export function describeSeed(report: SeedReport): string {
  const lines = report.users.map(
    (u) => `│   ${u.username.padEnd(18)} ${u.role.padEnd(12)} ${(u.unitCode ?? '').padEnd(11)} ${u.position}`,
  );
  return [
    '',
    `┌─ Dữ liệu mẫu / demo data: ${report.province} — ${report.units} đơn vị, bộ tiêu chí ${report.criteriaSets.join(', ')}`,
    `│ Kỳ ${report.periods[0]?.year}: đã công bố · kỳ ${report.periods[1]?.year}: đang tự đánh giá (${report.itemsWritten} tiêu chí đã nhập)`,
    `│ Tài khoản mẫu / demo accounts — mật khẩu / password: ${report.password}`,
    ...lines,
    '└─ Quản trị / admin: tài khoản admin của bạn / your admin account',
    '',
  ].join('\n');
}
