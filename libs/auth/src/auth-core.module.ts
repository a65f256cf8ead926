import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '@motcua/config';
import { AccessGuard } from './access.guard';
import { JwtStrategy } from './jwt.strategy';

/** Token verification and the global deny-by-default guard. */
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
  providers: [JwtStrategy, { provide: APP_GUARD, useClass: AccessGuard }],
  exports: [JwtModule],
})
export class AuthCoreModule {}
