import { Module } from '@nestjs/common';
import { OfficialApi } from '../official-api';
import { InvitationController } from './invitation.controller';
import { OfficialsAdminController } from './officials.controller';
import { SecondFactorController } from './second-factor.controller';

/**
 * Officials' accounts in the console: the administrators' officials and audit log pages, an
 * invited official's first password, and the second-factor step of the sign-in.
 */
@Module({
  controllers: [OfficialsAdminController, InvitationController, SecondFactorController],
  providers: [OfficialApi],
})
export class AccountsModule {}
