import { createHash } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsEnum,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { ConfigurationError, NodeEnv } from './environment';

export { ConfigurationError };

/** Development-only session secret: published here, so refused in production. */
export const DEV_SESSION_SECRET = 'motcua-dev-session-secret-change-me-please';

/**
 * The citizen portal's settings (apps/web). A class of its own: the portal needs none of the
 * API's secrets, and the API none of the portal's.
 */
export class WebEnvironment {
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  WEB_PORT = 8080;

  /** Where the portal reaches the API (without `/api/v1`). */
  @Matches(/^https?:\/\/[^/]+$/, { message: 'API_URL must be http(s)://host[:port], no path' })
  API_URL = 'http://127.0.0.1:3000';

  /** The portal's public address: links given to people, QR codes; `http://localhost:<WEB_PORT>` unset. */
  @Matches(/^https?:\/\/[^/]+$/, { message: 'PUBLIC_BASE_URL must be http(s)://host[:port]' })
  PUBLIC_BASE_URL = '';

  /**
   * Reverse proxies in front of the portal (IPs or CIDRs, comma-separated) whose
   * `X-Forwarded-For` names the citizen's address; default none.
   */
  @IsString()
  TRUST_PROXY = '';

  /** Encrypts and signs the session cookie; at least 32 characters. */
  @IsString()
  @MinLength(32)
  SESSION_SECRET = DEV_SESSION_SECRET;

  /** Largest upload the portal accepts before passing it to the API. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  FILE_MAX_BYTES = 10 * 1024 * 1024;

  /** An official's sign-in ends after this many minutes without a request to the portal. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  CONSOLE_IDLE_MINUTES = 30;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** The session cookie carries `Secure` when the portal is published over TLS. */
  get servedOverTls(): boolean {
    return this.PUBLIC_BASE_URL.startsWith('https:');
  }

  /** The 32-byte key the session cookie is sealed with, derived from SESSION_SECRET. */
  get sessionKey(): Buffer {
    return createHash('sha256').update(`motcua-web-session:${this.SESSION_SECRET}`).digest();
  }
}

/** Validates the portal's environment; a bad or missing value stops start-up with one line. */
export function validateWebEnvironment(raw: Record<string, unknown>): WebEnvironment {
  const present = Object.fromEntries(
    Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''),
  );
  const production = present.NODE_ENV === NodeEnv.Production;
  if (production && !present.SESSION_SECRET) {
    throw new ConfigurationError('Missing secret(s) required in production: SESSION_SECRET');
  }
  if (production && present.SESSION_SECRET === DEV_SESSION_SECRET) {
    throw new ConfigurationError(
      'SESSION_SECRET is the published development value; set a secret of your own in production',
    );
  }
  const env = plainToInstance(WebEnvironment, present, { exposeDefaultValues: true });
  env.PUBLIC_BASE_URL ||= `http://localhost:${env.WEB_PORT}`;
  const errors = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const problems = errors
      .map((e) => `${e.property} (${Object.values(e.constraints ?? {}).join('; ')})`)
      .join(', ');
    throw new ConfigurationError(`Invalid configuration: ${problems}`);
  }
  return env;
}
