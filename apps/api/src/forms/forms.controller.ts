import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser } from '@motcua/auth';
import { FORM_FILE_NAMES } from '@motcua/forms';
import { FormsService } from './forms.service';
import { ApiProblems } from '../http/api-problems';

@ApiTags('dossiers')
@Controller('dossiers')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get(':ref/forms/:file')
  @Authenticated()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'A printable form of Circular 01/2018/TT-VPCP (Mẫu 01–05) as PDF',
    description:
      'receipt = Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả; supplement-request = Mẫu 02 ' +
      'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; refusal = Mẫu 03 Phiếu từ chối tiếp nhận giải ' +
      'quyết hồ sơ; apology = Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả; control-sheet = ' +
      'Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ. For the owner and officials of the ' +
      "dossier's agency, once the dossier has reached the matching step.",
  })
  @ApiParam({ name: 'ref', description: 'Dossier code' })
  @ApiParam({ name: 'file', enum: FORM_FILE_NAMES })
  @ApiProduces('application/pdf')
  @ApiOkResponse({
    description: 'The form (A5; the control sheet A4), inline',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems({
    404: 'No such form, or dossier not yours',
    409: 'FORM_NOT_AVAILABLE: the dossier has not reached the step of this form',
  })
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('ref') ref: string,
    @Param('file') file: string,
  ): Promise<StreamableFile> {
    const form = await this.forms.render(user, ref, file);
    return new StreamableFile(form.content, {
      type: 'application/pdf',
      disposition: `inline; filename="${form.fileName}"`,
      length: form.content.length,
    });
  }
}
