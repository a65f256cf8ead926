import { Module } from '@nestjs/common';
import { ColleaguesController } from './colleagues.controller';
import { ColleaguesService } from './colleagues.service';

/** `GET /officials`: an official's colleagues (for assigning a dossier to a specialist). */
@Module({ controllers: [ColleaguesController], providers: [ColleaguesService] })
export class ColleaguesModule {}
