import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateProcedureDto } from './create-procedure.dto';

/** Any subset of a procedure's properties except its code; `null` is refused, not stored. */
export class UpdateProcedureDto extends PartialType(
  OmitType(CreateProcedureDto, ['code'] as const),
  {
    skipNullProperties: false,
  },
) {}
