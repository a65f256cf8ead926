import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthSessionEntity } from '@motcua/database';
import { DataSource } from 'typeorm';
import { AppConfig } from '@motcua/config';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload, AuthenticatedUser } from './authenticated-user';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /** One primary-key read per request: a token of a session ended by logout stops at once. */
  async validate(payload: AccessTokenPayload): Promise<AuthenticatedUser | null> {
    if (typeof payload.sid !== 'string') return null;
    const session = await this.dataSource.manager.findOne(AuthSessionEntity, {
      where: { id: payload.sid },
      select: { id: true, revokedAt: true },
    });
    if (!session || session.revokedAt) return null;
    return { id: payload.sub, roles: payload.roles ?? [], agencyId: payload.agencyId ?? null };
  }
}
