import { Module } from '@nestjs/common';
import { OfficialApi } from '../official-api';
import { DeskController } from './desk.controller';

/** The reception desk: entering a paper dossier and printing its receipt. */
@Module({ providers: [OfficialApi], controllers: [DeskController] })
export class DeskModule {}
