import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@motcua/config';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload, AuthenticatedUser } from './authenticated-user';
import { RevokedSessions } from './revoked-sessions';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly revokedSessions: RevokedSessions,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // a KeyObject, not the string: jsonwebtoken would otherwise try (and fail) to parse the
      // string as a public key on every request, which was a quarter of the API's CPU time
      secretOrKey: createSecretKey(
        Buffer.from(config.get('JWT_SECRET') as string),
      ) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** A token of a session ended by logout, password reset or an administrator stops. */
  async validate(payload: AccessTokenPayload): Promise<AuthenticatedUser | null> {
    if (typeof payload.sid !== 'string') return null;
    if (!(await this.revokedSessions.isLive(payload.sid))) return null;
    return { id: payload.sub, roles: payload.roles ?? [], agencyId: payload.agencyId ?? null };
  }
}
