import { seedDemo, SeedError, type SeedHttp } from '@par/demo';
import type { Command } from './command';
import { CliError, EXIT } from '../support/cli-error';
import type { CliIo } from '../support/cli-io';
import { parseOptions } from '../support/parse-options';

const OPTIONS = {
  demo: { type: 'boolean' },
  url: { type: 'string' },
  username: { type: 'string' },
  password: { type: 'string' },
} as const;

/** fetch against a running API, JSON in and out. */
function fetchHttp(io: CliIo, base: string): SeedHttp {
  const http = io.fetch ?? globalThis.fetch;
  return {
    async request(method, path, options = {}) {
      let res: Response;
      try {
        res = await http(`${base}${path}`, {
          method,
          headers: {
            ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          },
          body: options.body === undefined ? undefined : JSON.stringify(options.body),
        });
      } catch (error) {
        throw new CliError('API_UNREACHABLE', {
          vi: `không kết nối được ${base} (${error instanceof Error ? error.message : String(error)}). Chạy sản phẩm trước: npm start — hoặc PAR_SEED_DEMO=1 npm start.`,
          en: `cannot reach ${base} (${error instanceof Error ? error.message : String(error)}). Start the product first: npm start — or PAR_SEED_DEMO=1 npm start.`,
        });
      }
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
  };
}

/** `par-index seed --demo`: loads the demo province into a running, empty instance through its REST API. */
export const seedCommand: Command = {
  name: 'seed',
  summary: {
    vi: 'Nạp tỉnh mẫu (đơn vị, người dùng, bộ tiêu chí, hai kỳ đánh giá) vào một hệ thống đang chạy, còn trống',
    en: 'Load the demo province (units, users, criteria sets, two periods) into a running, empty instance',
  },
  usage: [
    '--demo                     tỉnh mẫu Lam Giang · the demo province',
    '--url URL                  API đang chạy · running API (mặc định / default http://localhost:3000)',
    '--username NAME            tài khoản quản trị · admin account (mặc định / default admin)',
    '--password PASSWORD        mật khẩu quản trị · admin password (mặc định / default $PAR_ADMIN_PASSWORD)',
  ].join('\n'),
  async run(args, io) {
    const { values, lang } = parseOptions(args, OPTIONS);
    if (!values.demo) {
      throw new CliError('USAGE', {
        vi: 'hiện chỉ có --demo (tỉnh mẫu).',
        en: 'only --demo (the demo province) is available.',
      });
    }
    const password = values.password ?? io.env?.PAR_ADMIN_PASSWORD;
    if (!password) {
      throw new CliError('USAGE', {
        vi: 'cần mật khẩu quản trị: --password hoặc biến PAR_ADMIN_PASSWORD.',
        en: 'the admin password is needed: --password or PAR_ADMIN_PASSWORD.',
      });
    }
    const base = (values.url ?? 'http://localhost:3000').replace(/\/+$/, '');
    const say = (line: string) => io.err(`${line}\n`);
    try {
      const report = await seedDemo(fetchHttp(io, base), {
        today: new Date(),
        admin: { username: values.username ?? 'admin', password },
        log: say,
      });
      const vi = lang === 'vi';
      io.out(
        `${vi ? 'Đã nạp' : 'Loaded'} ${report.province}: ${report.units} ${vi ? 'đơn vị' : 'units'}, ${report.criteriaSets.join(', ')}\n`,
      );
      io.out(`${vi ? 'Mật khẩu mọi tài khoản mẫu' : 'Password of every demo account'}: ${report.password}\n`);
      for (const user of report.users)
        io.out(
          `  ${user.username.padEnd(18)} ${user.role.padEnd(12)} ${(user.unitCode ?? '').padEnd(11)} ${user.position}\n`,
        );
      return EXIT.ok;
    } catch (error) {
      if (error instanceof SeedError) {
        throw new CliError(error.code === 'ALREADY_SEEDED' ? 'ALREADY_SEEDED' : 'API_REFUSED', {
          vi: error.message,
          en: error.message,
        });
      }
      throw error;
    }
  },
};
