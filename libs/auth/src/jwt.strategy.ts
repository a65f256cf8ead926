import { Injectable } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { AppConfig } from '@motcua/config';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload, AuthenticatedUser } from './authenticated-user';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: AppConfig) {
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

  validate(payload: AccessTokenPayload): AuthenticatedUser {
    return { id: payload.sub, roles: payload.roles ?? [], agencyId: payload.agencyId ?? null };
  }
}
