import { Module } from '@nestjs/common';
import { AuthCoreModule } from '@motcua/auth';
import { AuditLogRepository, UserRepository } from '@motcua/database';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginLockout } from './login-lockout.service';
import { PasswordResetService } from './password-reset.service';
import { SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';

@Module({
  imports: [AuthCoreModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    LoginLockout,
    PasswordResetService,
    SecondFactorService,
    UserRepository,
    AuditLogRepository,
  ],
  exports: [SessionService],
})
export class AuthModule {}
