import { Module } from '@nestjs/common';
import { OfficialApi } from '../official-api';
import { ReportsPagesController } from './reports.controller';

/** Reports for leaders and administrators: charts, tables and downloads. */
@Module({ providers: [OfficialApi], controllers: [ReportsPagesController] })
export class ReportsPagesModule {}
