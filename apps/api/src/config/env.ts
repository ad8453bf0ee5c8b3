import { MIN_PASSWORD_LENGTH, passwordRuleBreaks } from '../auth/password-policy';
import { plainToInstance, Transform } from 'class-transformer';
import {
  getMetadataStorage,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  Max,
  Matches,
  Min,
  MinLength,
  validateSync,
  type ValidationError,
} from 'class-validator';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

/** Also decimals (`0.5`): intervals in hours or minutes. */
const toNumber = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : value;

/**
 * Every setting the API reads from its environment. Validated once at boot (all problems at once);
 * nothing outside `config/` reads `process.env`.
 */
export class Env {
  @Transform(toInt)
  @IsInt({ message: 'PORT phải là số nguyên / must be an integer' })
  @Min(1, { message: 'PORT phải từ 1 đến 65535 / must be 1..65535' })
  @Max(65535, { message: 'PORT phải từ 1 đến 65535 / must be 1..65535' })
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_URL phải có dạng postgres://user:pass@host:port/db / must be a postgres:// URL',
  })
  DATABASE_URL?: string;

  /**
   * The owner role that runs migrations (absent → DATABASE_URL). The app itself should connect through
   * DATABASE_URL as a role with only SELECT/INSERT/UPDATE/DELETE, so it cannot rewrite the audit log.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/\S+$/, {
    message: 'DATABASE_MIGRATION_URL phải có dạng postgres://… / must be a postgres:// URL',
  })
  DATABASE_MIGRATION_URL?: string;

  /** `statement_timeout` of the app's sessions in ms (0 = none): a longer statement answers 503 DATABASE_TIMEOUT. */
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_STATEMENT_TIMEOUT_MS phải là số nguyên / must be an integer' })
  @Min(0, { message: 'DATABASE_STATEMENT_TIMEOUT_MS tối thiểu 0 / at least 0' })
  DATABASE_STATEMENT_TIMEOUT_MS = 30_000;

  /** `lock_timeout` of the app's sessions in ms (0 = none): a lock waited for longer answers 409 LOCK_TIMEOUT. */
  @Transform(toInt)
  @IsInt({ message: 'DATABASE_LOCK_TIMEOUT_MS phải là số nguyên / must be an integer' })
  @Min(0, { message: 'DATABASE_LOCK_TIMEOUT_MS tối thiểu 0 / at least 0' })
  DATABASE_LOCK_TIMEOUT_MS = 10_000;

  @IsString()
  @MinLength(1)
  PAR_DATA_DIR = './.par-data';

  /** Held to the password policy (checked in `parseEnv`). */
  @IsOptional()
  @IsString()
  PAR_ADMIN_PASSWORD?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET cần ít nhất 32 ký tự / needs at least 32 characters' })
  JWT_SECRET?: string;

  @IsIn(NODE_ENVS, { message: `NODE_ENV phải là một trong / must be one of: ${NODE_ENVS.join(', ')}` })
  NODE_ENV: (typeof NODE_ENVS)[number] = 'development';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL phải là một trong / must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Largest accepted evidence file, in bytes (default 20 MB). */
  @Transform(toInt)
  @IsInt({ message: 'EVIDENCE_MAX_BYTES phải là số nguyên / must be an integer' })
  @Min(1024, { message: 'EVIDENCE_MAX_BYTES tối thiểu 1024 / at least 1024' })
  EVIDENCE_MAX_BYTES: number = 20 * 1024 * 1024;

  /** The province's time zone: a deadline given as a date alone ends at the end of that day there. */
  @IsTimeZone({
    message: 'PAR_TIME_ZONE phải là múi giờ IANA / must be an IANA time zone (Asia/Ho_Chi_Minh)',
  })
  PAR_TIME_ZONE = 'Asia/Ho_Chi_Minh';

  /**
   * Behind a load balancer: the comma-separated list of the proxies' addresses/CIDRs (or `loopback`,
   * `linklocal`, `uniquelocal`), or a hop count. Only an X-Forwarded-For hop added by a listed proxy is
   * believed, so a client cannot choose its own address. `true` (believe anyone) is refused.
   */
  @Matches(
    /^(false|\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*)$/,
    {
      message:
        'TRUST_PROXY: false, số chặng / hop count, hoặc danh sách IP/CIDR của proxy / or the proxies\' IP/CIDR list (không nhận "true" / "true" is refused)',
    },
  )
  TRUST_PROXY = 'false';

  /** Evidence stored by one unit in one period, in bytes (default 2 GB). */
  @Transform(toInt)
  @IsInt({ message: 'EVIDENCE_UNIT_QUOTA_BYTES phải là số nguyên / must be an integer' })
  @Min(1024, { message: 'EVIDENCE_UNIT_QUOTA_BYTES tối thiểu 1024 / at least 1024' })
  EVIDENCE_UNIT_QUOTA_BYTES: number = 2 * 1024 * 1024 * 1024;

  /** Evidence stored in one period by all units together, in bytes (default 200 GB). */
  @Transform(toInt)
  @IsInt({ message: 'EVIDENCE_PERIOD_QUOTA_BYTES phải là số nguyên / must be an integer' })
  @Min(1024, { message: 'EVIDENCE_PERIOD_QUOTA_BYTES tối thiểu 1024 / at least 1024' })
  EVIDENCE_PERIOD_QUOTA_BYTES: number = 200 * 1024 * 1024 * 1024;

  /** Evidence uploads one user may make per hour (default 300). */
  @Transform(toInt)
  @IsInt({ message: 'EVIDENCE_UPLOADS_PER_HOUR phải là số nguyên / must be an integer' })
  @Min(1, { message: 'EVIDENCE_UPLOADS_PER_HOUR tối thiểu 1 / at least 1' })
  EVIDENCE_UPLOADS_PER_HOUR = 300;

  /** S3-compatible evidence storage (MinIO, AWS…); without S3_BUCKET evidence lives under PAR_DATA_DIR. */
  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: 'S3_ENDPOINT phải là URL http(s) / must be an http(s) URL' })
  S3_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET không hợp lệ / invalid bucket name' })
  S3_BUCKET?: string;

  @IsString()
  S3_REGION = 'us-east-1';

  @IsOptional()
  @IsString()
  S3_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  S3_SECRET_ACCESS_KEY?: string;

  @IsIn(['true', 'false'], { message: 'S3_FORCE_PATH_STYLE: true/false' })
  S3_FORCE_PATH_STYLE = 'true';

  /** `1`/`true`: create the demo province on first start (empty database only). */
  @IsOptional()
  @IsIn(['0', '1', 'true', 'false'], {
    message: 'PAR_SEED_DEMO phải là 0/1/true/false / must be 0/1/true/false',
  })
  PAR_SEED_DEMO?: string;

  /** Minutes between two runs of the reminder job (notifications, e-mail digest); 0 = no timer; decimals allowed. */
  @Transform(toNumber)
  @IsNumber({}, { message: 'NOTIFY_INTERVAL_MINUTES phải là số / must be a number' })
  @Min(0, { message: 'NOTIFY_INTERVAL_MINUTES tối thiểu 0 / at least 0' })
  @Max(7 * 24 * 60, { message: 'NOTIFY_INTERVAL_MINUTES tối đa 10080 (7 ngày) / at most 10080 (7 days)' })
  NOTIFY_INTERVAL_MINUTES = 60;

  /** Hours between two runs of the orphan-evidence cleanup (default 6; 0 = never; decimals allowed). */
  @Transform(toNumber)
  @IsNumber({}, { message: 'EVIDENCE_CLEANUP_INTERVAL_HOURS phải là số / must be a number' })
  @Min(0, { message: 'EVIDENCE_CLEANUP_INTERVAL_HOURS tối thiểu 0 / at least 0' })
  EVIDENCE_CLEANUP_INTERVAL_HOURS = 6;

  /** Folder of the scheduled backups (default `PAR_DATA_DIR/backups`). */
  @IsOptional()
  @IsString()
  @MinLength(1)
  BACKUP_DIR?: string;

  /** Hours between two scheduled backups (0 = off, the default; decimals allowed). */
  @Transform(toNumber)
  @IsNumber({}, { message: 'BACKUP_INTERVAL_HOURS phải là số / must be a number' })
  @Min(0, { message: 'BACKUP_INTERVAL_HOURS tối thiểu 0 / at least 0' })
  BACKUP_INTERVAL_HOURS = 0;

  /** Scheduled backups kept; older ones are removed after each new one. */
  @Transform(toInt)
  @IsInt({ message: 'BACKUP_KEEP phải là số nguyên / must be an integer' })
  @Min(1, { message: 'BACKUP_KEEP tối thiểu 1 / at least 1' })
  BACKUP_KEEP = 7;

  /** The e-mail digest's SMTP server as a URL (`smtp://user:pass@host:587`, `smtps://…`); off when unset. */
  @IsOptional()
  @Matches(/^smtps?:\/\/\S+$/, { message: 'SMTP_URL phải có dạng smtp(s)://… / must be an smtp(s):// URL' })
  SMTP_URL?: string;

  /** Or the SMTP server by parts (instead of SMTP_URL). */
  @IsOptional()
  @IsString()
  SMTP_HOST?: string;

  @Transform(toInt)
  @IsInt({ message: 'SMTP_PORT phải là số nguyên / must be an integer' })
  @Min(1, { message: 'SMTP_PORT phải từ 1 đến 65535 / must be 1..65535' })
  @Max(65535, { message: 'SMTP_PORT phải từ 1 đến 65535 / must be 1..65535' })
  SMTP_PORT = 587;

  /** `true`: TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  @IsIn(['true', 'false'], { message: 'SMTP_SECURE: true/false' })
  SMTP_SECURE = 'false';

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASS?: string;

  /** The digest's sender, e.g. `Chỉ số CCHC <cchc@laichau.gov.vn>`; required when SMTP is configured. */
  @IsOptional()
  @IsString()
  SMTP_FROM?: string;

  /** `1`: adds `GET /api/v1/bench/bare` (no database, no work) — the baseline `npm run bench` compares with. */
  @IsOptional()
  @IsIn(['0', '1'], { message: 'PAR_BENCH_BARE phải là 0/1 / must be 0/1' })
  PAR_BENCH_BARE?: string;
}

export interface ConfigProblem {
  variable: string;
  message: string;
}

/** Parses and validates the environment; returns every problem, never throws. */
export function parseEnv(source: Record<string, string | undefined>): {
  env: Env;
  problems: ConfigProblem[];
} {
  // Every variable the Env class declares (its validation decorators are the list): nothing to keep in sync.
  const known = new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(Env, '', true, false)
      .map((m) => m.propertyName),
  );
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = source[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  const env = plainToInstance(Env, picked, { exposeDefaultValues: true });
  const problems = validateSync(env, { forbidUnknownValues: true }).flatMap((e: ValidationError) =>
    // Two rules may share a message (PORT's range is `@Min` and `@Max`): say it once.
    [...new Set(Object.values(e.constraints ?? {}))].map((message) => ({ variable: e.property, message })),
  );
  if (
    env.PAR_ADMIN_PASSWORD !== undefined &&
    passwordRuleBreaks(env.PAR_ADMIN_PASSWORD, 'admin').length > 0
  ) {
    problems.push({
      variable: 'PAR_ADMIN_PASSWORD',
      message: `không đạt chính sách mật khẩu: ít nhất ${MIN_PASSWORD_LENGTH} ký tự, không chứa "admin", ít nhất 4 ký tự khác nhau / breaks the password policy: at least ${MIN_PASSWORD_LENGTH} characters, not containing "admin", at least 4 distinct characters`,
    });
  }
  if ((env.SMTP_URL || env.SMTP_HOST) && !env.SMTP_FROM) {
    problems.push({
      variable: 'SMTP_FROM',
      message: 'cần địa chỉ người gửi khi cấu hình SMTP / the sender is required when SMTP is configured',
    });
  }
  if (env.NODE_ENV === 'production' && (env.PAR_SEED_DEMO === '1' || env.PAR_SEED_DEMO === 'true')) {
    problems.push({
      variable: 'PAR_SEED_DEMO',
      message:
        'không nạp dữ liệu mẫu (mật khẩu công khai) khi NODE_ENV=production / demo accounts have a published password: refused in production',
    });
  }
  return { env, problems };
}
