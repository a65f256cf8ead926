import { Module } from '@nestjs/common';
import { OfficialApi } from '../official-api';
import { ProceduresAdminController } from './procedures.controller';

/** Administering the procedures' catalogue: list, create, edit with a preview of the form. */
@Module({ providers: [OfficialApi], controllers: [ProceduresAdminController] })
export class ProceduresAdminModule {}
