import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@motcua/config';
import { AccessGuard } from './access.guard';
import { JwtStrategy } from './jwt.strategy';
import { PasswordHasher } from './password-hasher';
import { RevokedSessions } from './revoked-sessions';

/** Token verification, the global deny-by-default guard, and password hashing. */
@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.get('JWT_SECRET'),
        signOptions: { algorithm: 'HS256', expiresIn: config.get('JWT_ACCESS_TTL_SECONDS') },
      }),
    }),
  ],
  providers: [
    JwtStrategy,
    PasswordHasher,
    RevokedSessions,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [JwtModule, PasswordHasher, RevokedSessions],
})
export class AuthCoreModule {}
