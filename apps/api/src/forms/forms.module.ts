import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { FormsController } from './forms.controller';
import { FormsService } from './forms.service';

/** Printable forms of Circular 01/2018/TT-VPCP (Mẫu 01–05) as PDF. */
@Module({
  imports: [DossiersModule, ProceduresModule],
  controllers: [FormsController],
  providers: [FormsService],
})
export class FormsModule {}
