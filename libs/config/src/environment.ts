import { isIP } from 'node:net';
import { DEFAULT_OFFICE_HOURS, Role } from '@motcua/domain';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateBy,
  validateSync,
} from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Production = 'production',
  Test = 'test',
}

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? !['false', '0', 'no', 'off', ''].includes(value.toLowerCase())
    : value;

const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
    : value;

/** An IPv4 or IPv6 address, optionally with a `/prefix` (CIDR). */
export function isAddressOrCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

const IsAddressList = () =>
  ValidateBy({
    name: 'isAddressList',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.every((item) => typeof item === 'string' && isAddressOrCidr(item)),
      defaultMessage: () => 'must be a comma-separated list of IP addresses or CIDR ranges',
    },
  });

/** Development-only secret: refused in production, where JWT_SECRET must be set. */
export const DEV_JWT_SECRET = 'motcua-dev-secret-change-me';
/** What the postal-operator simulator (apps/postal-sim) uses by default; refused in production. */
export const DEV_POSTAL_API_URL = 'http://127.0.0.1:4010';
export const DEV_POSTAL_API_KEY = 'dev-postal-key';
export const DEV_POSTAL_WEBHOOK_SECRET = 'whsec_bW90Y3VhLXBvc3RhbC1zaW0tZGV2LXNlY3JldC1rZXk=';

/** Shortest `JWT_SECRET` accepted in production, in bytes (HS256 wants a key of 256 bits). */
export const JWT_SECRET_MIN_BYTES = 32;

/**
 * Secrets that were ever written in this repository (code defaults, `.env.example`, the
 * Compose file, the docs): anyone can read them, so production refuses them. A unit test
 * checks every value the repository publishes is in this list.
 */
export const PUBLISHED_SECRETS: ReadonlySet<string> = new Set([
  DEV_JWT_SECRET,
  'change-me-in-production',
  'replace-me-with-the-output-of-openssl-rand-base64-48',
  DEV_POSTAL_API_KEY,
  DEV_POSTAL_WEBHOOK_SECRET,
  'replace-me-with-the-postal-operators-key',
  'whsec_cmVwbGFjZS1tZS13aXRoLXRoZS1wb3N0YWwtb3BlcmF0b3JzLXNlY3JldA==',
]);

/**
 * Every setting motcua reads from the environment, with safe local defaults.
 * Secrets have no default in production: start-up stops with one clear line instead.
 */
export class Environment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/motcua';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  DATABASE_POOL_SIZE = 10;

  /** The worker's pool (its jobs are few at a time). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  WORKER_DATABASE_POOL_SIZE = 5;

  /**
   * How long a request waits for a pooled connection before it is answered 503 (with
   * `Retry-After`) instead of queueing for ever.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  DATABASE_POOL_ACQUIRE_TIMEOUT_MS = 5000;

  /** PostgreSQL `statement_timeout` on the API's connections (0: none). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  DATABASE_STATEMENT_TIMEOUT_MS = 15_000;

  /**
   * PostgreSQL `statement_timeout` on the worker's connections (0: none): longer than the
   * API's, since the reports' rollup recounts whole months in one statement.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  WORKER_STATEMENT_TIMEOUT_MS = 300_000;

  /**
   * PostgreSQL `idle_in_transaction_session_timeout` on the API's and the worker's connections
   * (0: none): a transaction left open by a stuck caller is ended and its locks freed.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS = 30_000;

  /**
   * On SIGTERM the API stops accepting connections and gives the requests in flight this long
   * to finish; those still running are then cut off, so the process ends in bounded time.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  SHUTDOWN_GRACE_MS = 10_000;

  @IsString()
  REDIS_URL = 'redis://127.0.0.1:6379';

  @IsOptional()
  @IsString()
  JWT_SECRET?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(60)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(300)
  JWT_REFRESH_TTL_SECONDS = 30 * 24 * 3600;

  /**
   * How often each API process reads the sessions ended elsewhere (another API process): an
   * ended session's access tokens stop there within this many milliseconds.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  @Max(60_000)
  REVOKED_SESSIONS_SYNC_MS = 1000;

  /** A login's refresh session ends this many days after sign-in, however often it rotates. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REFRESH_SESSION_MAX_DAYS = 30;

  /**
   * A refresh token already rotated is still honoured this many seconds, so two tabs refreshing
   * at once both keep the session; later, presenting it ends the session (reuse detection).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  REFRESH_REUSE_GRACE_SECONDS = 10;

  /**
   * Load the demo agency, accounts (published password) and procedures at API start-up.
   * Defaults to true in development and test, false in production, where true is refused.
   */
  @IsOptional()
  @Transform(toBoolean)
  SEED_DEMO?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  FILE_STORAGE_DIR = './var/files';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  FILE_MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Bytes one user may upload in 24 hours (all their files together); past it an upload
   * answers 429 until older uploads leave the window.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  UPLOAD_QUOTA_BYTES_PER_DAY = 200 * 1024 * 1024;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  JSON_BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * The citizen portal's address: base of every link sent to people (tracking page in e-mails,
   * SMS and receipt QR codes, password reset).
   */
  @IsString()
  PUBLIC_BASE_URL = 'http://localhost:8080';

  /**
   * Addresses (or CIDR ranges) of the reverse proxies allowed to tell the client's address in
   * `X-Forwarded-For`. Empty: the header is ignored and the connection's address counts, so no
   * client can pick the address its rate limits are counted under.
   */
  @Transform(toList)
  @IsAddressList()
  TRUST_PROXY: string[] = [];

  /** Requests per minute per client address on login and register. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /**
   * Failed sign-ins in a row on one login name (national ID or e-mail, whether or not such an
   * account exists) after which that name is locked for `LOGIN_LOCKOUT_SECONDS`.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_ATTEMPTS = 5;

  /** How long a login name stays locked, and how long its failed attempts are remembered. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_LOCKOUT_SECONDS = 15 * 60;

  /**
   * Attempts per hour to claim a desk dossier with its code, counted per dossier and per
   * account (each past its limit answers 429).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  CLAIM_RATE_LIMIT_PER_HOUR = 10;

  /**
   * Registrations per hour and client address that may hit a taken national ID or e-mail
   * (409); past it, every registration from that address answers 429 until the hour ends.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  REGISTER_CONFLICTS_PER_HOUR = 5;

  /** How long a password reset link works. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(5)
  PASSWORD_RESET_TTL_MINUTES = 30;

  /**
   * Reset links sent per login and hour at most; further requests for that login get the same
   * answer but send nothing (the per-address limit is AUTH_RATE_LIMIT_PER_MINUTE).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  PASSWORD_RESET_PER_LOGIN_PER_HOUR = 3;

  /** How long an official's invitation link (to set their first password) works. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(720)
  INVITATION_TTL_HOURS = 72;

  /**
   * Roles whose sign-in needs a second factor (TOTP codes from an authenticator app), as a
   * comma-separated list such as `ADMIN,SYSTEM_ADMIN,LEADER`; empty: none.
   */
  @Transform(toList)
  @IsIn(Object.values(Role), { each: true })
  TOTP_REQUIRED_ROLES: Role[] = [];

  /**
   * Secret the key encrypting the stored TOTP secrets is derived from (HKDF-SHA256); unset:
   * derived from JWT_SECRET, so changing JWT_SECRET then makes officials enrol again.
   */
  @IsOptional()
  @IsString()
  TOTP_ENCRYPTION_KEY?: string;

  /** Requests per minute per client address on public tracking. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  TRACKING_RATE_LIMIT_PER_MINUTE = 60;

  /**
   * Office hours (Asia/Ho_Chi_Minh) as comma-separated `HH:MM-HH:MM` ranges. A dossier
   * received outside them counts from the next working day.
   */
  @Matches(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/)
  OFFICE_HOURS = DEFAULT_OFFICE_HOURS;

  /** The postal operator's API; unset: the local simulator (development only). */
  @IsOptional()
  @Matches(/^https?:\/\//)
  POSTAL_API_URL?: string;

  @IsOptional()
  @IsString()
  POSTAL_API_KEY?: string;

  /** Verifies the operator's signed callbacks (Standard Webhooks, `whsec_<base64>`). */
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9+/=]+$/)
  POSTAL_WEBHOOK_SECRET?: string;

  /**
   * Where the postal operator sends its callbacks; unset: `http://localhost:<PORT>` +
   * `/api/v1/postal/callbacks`, the API on this machine (enough for the simulator). Set it in
   * production: the operator must reach the API's public address.
   */
  @IsOptional()
  @Matches(/^https?:\/\//)
  POSTAL_CALLBACK_URL?: string;

  /** Outgoing mail, e.g. `smtp://127.0.0.1:2525`; unset: mails are logged at debug level. */
  @IsOptional()
  @Matches(/^smtps?:\/\//)
  SMTP_URL?: string;

  /** SMS gateway (HTTP, `POST { to, text }` with a bearer key); unset: no SMS. */
  @IsOptional()
  @Matches(/^https?:\/\//)
  SMS_GATEWAY_URL?: string;

  @IsOptional()
  @IsString()
  SMS_GATEWAY_KEY?: string;

  @IsString()
  MAIL_FROM = 'Một cửa điện tử <no-reply@motcua.local>';

  /** How often the worker's relay looks for unpublished outbox events. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 500;

  /**
   * False: this worker schedules no maintenance job (rollup, idempotency purge, deadline
   * watch) and runs no rollup at start-up. A benchmark setting (docs/performance.md): the
   * queue benchmark's worker, on a fresh queue prefix, then runs nothing but its jobs.
   */
  @Transform(toBoolean)
  MAINTENANCE_SCHEDULES = true;

  /**
   * How often the worker checks that its repeatable schedules still exist in Redis and puts
   * back any that are missing (after Redis lost its data), without a restart.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(100)
  SCHEDULE_CHECK_MS = 60_000;

  /**
   * Days kept of finished bookkeeping rows: published outbox events, processed postal
   * callbacks (applied or stale) and notification delivery records. Older ones are purged
   * nightly; pending, unpublished or unapplied rows never are.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(7)
  RETENTION_DAYS = 90;

  /**
   * Prefix of every key motcua keeps in Redis (queues, rate-limit counters, worker heartbeats):
   * lets several installations or test runs share one Redis.
   */
  @IsString()
  @Matches(/^[a-z0-9:_-]{1,40}$/i)
  QUEUE_PREFIX = 'motcua';

  /**
   * Furthest an extension may move a dossier's appointment: this many calendar days after its
   * current appointment date (or today, if that is later).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(3650)
  EXTENSION_MAX_DAYS = 90;

  /**
   * Working days added to the appointment of a dossier a service centre receives for another
   * agency of its province, for the hand-over to that agency (receipt regardless of
   * administrative boundary; no text read grants such an allowance, hence 0 by default).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(10)
  BOUNDARY_FORWARDING_DAYS = 0;

  /** Hours an Idempotency-Key is remembered (at least 24). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(24)
  IDEMPOTENCY_TTL_HOURS = 48;
}

export class ConfigurationError extends Error {}

/** Validates raw environment variables; used as `ConfigModule.forRoot({ validate })`. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, stripEmpty(raw), { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const problems = errors
      .map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`)
      .join(', ');
    throw new ConfigurationError(`Invalid configuration: ${problems}`);
  }
  if (env.NODE_ENV === NodeEnv.Production) refuseUnsafeProduction(env);
  env.SEED_DEMO ??= env.NODE_ENV !== NodeEnv.Production;
  env.JWT_SECRET ??= DEV_JWT_SECRET;
  env.POSTAL_API_URL ??= DEV_POSTAL_API_URL;
  env.POSTAL_API_KEY ??= DEV_POSTAL_API_KEY;
  env.POSTAL_WEBHOOK_SECRET ??= DEV_POSTAL_WEBHOOK_SECRET;
  return env;
}

/**
 * What must never reach production: missing secrets, secrets anyone can read in this
 * repository, a short JWT secret, the simulator's postal credentials, and the demo data
 * (accounts with a published password).
 */
function refuseUnsafeProduction(env: Environment): void {
  const missing = (
    ['JWT_SECRET', 'POSTAL_API_URL', 'POSTAL_API_KEY', 'POSTAL_WEBHOOK_SECRET'] as const
  ).filter((key) => !env[key]);
  if (missing.length > 0) {
    throw new ConfigurationError(`Missing secret(s) required in production: ${missing.join(', ')}`);
  }
  const published = (['JWT_SECRET', 'POSTAL_API_KEY', 'POSTAL_WEBHOOK_SECRET'] as const).filter(
    (key) => PUBLISHED_SECRETS.has(env[key]!.trim()),
  );
  if (published.length > 0) {
    throw new ConfigurationError(
      `Published development value(s) refused in production: ${published.join(', ')} (set your own secrets)`,
    );
  }
  if (Buffer.byteLength(env.JWT_SECRET!, 'utf8') < JWT_SECRET_MIN_BYTES) {
    throw new ConfigurationError(
      `JWT_SECRET must be at least ${JWT_SECRET_MIN_BYTES} bytes in production (e.g. openssl rand -base64 48)`,
    );
  }
  if (
    env.TOTP_ENCRYPTION_KEY !== undefined &&
    (PUBLISHED_SECRETS.has(env.TOTP_ENCRYPTION_KEY.trim()) ||
      Buffer.byteLength(env.TOTP_ENCRYPTION_KEY, 'utf8') < JWT_SECRET_MIN_BYTES)
  ) {
    throw new ConfigurationError(
      `TOTP_ENCRYPTION_KEY must be your own secret of at least ${JWT_SECRET_MIN_BYTES} bytes in production`,
    );
  }
  if (env.SEED_DEMO === true) {
    throw new ConfigurationError(
      'SEED_DEMO=true is refused in production: the demo accounts have a published password',
    );
  }
}

function stripEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
}
