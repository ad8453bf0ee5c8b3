import { parseEnv } from './env';

describe('parseEnv', () => {
  it('gives the laptop defaults for an empty environment', () => {
    const { env, problems } = parseEnv({});
    expect(problems).toEqual([]);
    expect({ ...env }).toEqual({
      PORT: 3000,
      DATABASE_STATEMENT_TIMEOUT_MS: 30_000,
      DATABASE_LOCK_TIMEOUT_MS: 10_000,
      PAR_DATA_DIR: './.par-data',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      EVIDENCE_MAX_BYTES: 20_971_520,
      EVIDENCE_UNIT_QUOTA_BYTES: 2 * 1024 ** 3,
      EVIDENCE_PERIOD_QUOTA_BYTES: 200 * 1024 ** 3,
      EVIDENCE_UPLOADS_PER_HOUR: 300,
      PAR_TIME_ZONE: 'Asia/Ho_Chi_Minh',
      TRUST_PROXY: 'false',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      NOTIFY_INTERVAL_MINUTES: 60,
      EVIDENCE_CLEANUP_INTERVAL_HOURS: 6,
      BACKUP_INTERVAL_HOURS: 0,
      BACKUP_KEEP: 7,
      SMTP_PORT: 587,
      SMTP_SECURE: 'false',
    });
  });

  it.each<[string, Record<string, string>, Record<string, unknown>]>([
    [
      'numbers from text',
      { PORT: ' 8080 ', EVIDENCE_MAX_BYTES: '2048' },
      { PORT: 8080, EVIDENCE_MAX_BYTES: 2048 },
    ],
    ['an empty value as absent', { PORT: '', NODE_ENV: '' }, { PORT: 3000, NODE_ENV: 'development' }],
    [
      'a database and secrets',
      {
        DATABASE_URL: 'postgresql://par:pw@db:5432/par',
        JWT_SECRET: 'x'.repeat(32),
        PAR_ADMIN_PASSWORD: 'đủ-dài-rồi',
      },
      {
        DATABASE_URL: 'postgresql://par:pw@db:5432/par',
        JWT_SECRET: 'x'.repeat(32),
        PAR_ADMIN_PASSWORD: 'đủ-dài-rồi',
      },
    ],
    ['proxies as a list', { TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }, { TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' }],
    ['proxies as a hop count', { TRUST_PROXY: '2' }, { TRUST_PROXY: '2' }],
    ['the demo switch', { PAR_SEED_DEMO: '1' }, { PAR_SEED_DEMO: '1' }],
    [
      'the e-mail digest',
      { SMTP_URL: 'smtp://u:p@mail:2525', SMTP_FROM: 'cchc@example.vn', NOTIFY_INTERVAL_MINUTES: '15' },
      { SMTP_URL: 'smtp://u:p@mail:2525', SMTP_FROM: 'cchc@example.vn', NOTIFY_INTERVAL_MINUTES: 15 },
    ],
    [
      'scheduled backups and job intervals in decimals',
      {
        BACKUP_DIR: '/srv/backups',
        BACKUP_INTERVAL_HOURS: '0.5',
        BACKUP_KEEP: '3',
        NOTIFY_INTERVAL_MINUTES: '.25',
      },
      {
        BACKUP_DIR: '/srv/backups',
        BACKUP_INTERVAL_HOURS: 0.5,
        BACKUP_KEEP: 3,
        NOTIFY_INTERVAL_MINUTES: 0.25,
      },
    ],
  ])('reads %s', (_, source, expected) => {
    const { env, problems } = parseEnv(source);
    expect(problems).toEqual([]);
    expect(env).toMatchObject(expected);
  });

  it('ignores variables it does not declare (the rest of the process environment)', () => {
    const { env, problems } = parseEnv({ HOME: '/root', PATH: '/usr/bin', npm_config_cache: '/tmp' });
    expect(problems).toEqual([]);
    expect(env).not.toHaveProperty('HOME');
  });

  it.each<[Record<string, string>, Array<[string, string]>]>([
    [
      { PORT: 'abc' },
      [
        ['PORT', 'PORT phải từ 1 đến 65535 / must be 1..65535'],
        ['PORT', 'PORT phải là số nguyên / must be an integer'],
      ],
    ],
    [{ PORT: '70000' }, [['PORT', 'PORT phải từ 1 đến 65535 / must be 1..65535']]],
    [{ PORT: '0' }, [['PORT', 'PORT phải từ 1 đến 65535 / must be 1..65535']]],
    [
      { DATABASE_URL: 'mysql://x' },
      [
        [
          'DATABASE_URL',
          'DATABASE_URL phải có dạng postgres://user:pass@host:port/db / must be a postgres:// URL',
        ],
      ],
    ],
    [
      { JWT_SECRET: 'short' },
      [['JWT_SECRET', 'JWT_SECRET cần ít nhất 32 ký tự / needs at least 32 characters']],
    ],
    [
      { NODE_ENV: 'staging' },
      [['NODE_ENV', 'NODE_ENV phải là một trong / must be one of: development, production, test']],
    ],
    [{ S3_FORCE_PATH_STYLE: 'yes' }, [['S3_FORCE_PATH_STYLE', 'S3_FORCE_PATH_STYLE: true/false']]],
    [
      { SMTP_HOST: 'mail.example.vn' },
      [
        [
          'SMTP_FROM',
          'cần địa chỉ người gửi khi cấu hình SMTP / the sender is required when SMTP is configured',
        ],
      ],
    ],
    [{ S3_BUCKET: 'UPPER' }, [['S3_BUCKET', 'S3_BUCKET không hợp lệ / invalid bucket name']]],
    [{ BACKUP_KEEP: '0' }, [['BACKUP_KEEP', 'BACKUP_KEEP tối thiểu 1 / at least 1']]],
    [
      { BACKUP_INTERVAL_HOURS: 'daily' },
      [
        ['BACKUP_INTERVAL_HOURS', 'BACKUP_INTERVAL_HOURS tối thiểu 0 / at least 0'],
        ['BACKUP_INTERVAL_HOURS', 'BACKUP_INTERVAL_HOURS phải là số / must be a number'],
      ],
    ],
    [
      { TRUST_PROXY: 'everyone' },
      [
        [
          'TRUST_PROXY',
          'TRUST_PROXY: false, số chặng / hop count, hoặc danh sách IP/CIDR của proxy / or the proxies\' IP/CIDR list (không nhận "true" / "true" is refused)',
        ],
      ],
    ],
    [
      { PORT: '-1', LOG_LEVEL: 'loud', EVIDENCE_MAX_BYTES: '10' },
      [
        ['PORT', 'PORT phải từ 1 đến 65535 / must be 1..65535'],
        [
          'LOG_LEVEL',
          'LOG_LEVEL phải là một trong / must be one of: fatal, error, warn, info, debug, trace, silent',
        ],
        ['EVIDENCE_MAX_BYTES', 'EVIDENCE_MAX_BYTES tối thiểu 1024 / at least 1024'],
      ],
    ],
  ])('%j: every problem at once', (source, expected) => {
    expect(parseEnv(source).problems.map(({ variable, message }) => [variable, message])).toEqual(expected);
  });

  it('reads the database timeouts in ms (0 = none) and refuses a negative or non-integer one', () => {
    expect(
      parseEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '5000', DATABASE_LOCK_TIMEOUT_MS: '0' }).env,
    ).toMatchObject({
      DATABASE_STATEMENT_TIMEOUT_MS: 5000,
      DATABASE_LOCK_TIMEOUT_MS: 0,
    });
    const { problems } = parseEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '-1', DATABASE_LOCK_TIMEOUT_MS: '2s' });
    expect([...new Set(problems.map((p) => p.variable))].sort()).toEqual([
      'DATABASE_LOCK_TIMEOUT_MS',
      'DATABASE_STATEMENT_TIMEOUT_MS',
    ]);
  });
});
