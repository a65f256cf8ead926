import { Module } from '@nestjs/common';
import { OfficialApi } from '../official-api';
import { SystemAdminController } from './system.controller';

/** The holiday table and the background queues, for administrators. */
@Module({ providers: [OfficialApi], controllers: [SystemAdminController] })
export class SystemAdminModule {}
