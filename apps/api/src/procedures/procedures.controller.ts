import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Public } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { Page, PageDto } from '../http/pagination';
import { CreateProcedureDto } from './dto/create-procedure.dto';
import { ListProceduresQueryDto } from './dto/list-procedures-query.dto';
import { ProcedureDto } from './dto/procedure.dto';
import { ProcessingTimeDto } from './dto/processing-time.dto';
import { UpdateProcedureDto } from './dto/update-procedure.dto';
import { ProcedureService } from './procedure.service';
import { ProcessingTimeService } from './processing-time.service';
import { ApiProblems } from '../http/api-problems';

@ApiTags('procedures')
@Controller('procedures')
export class ProceduresController {
  constructor(
    private readonly procedures: ProcedureService,
    private readonly processingTimes: ProcessingTimeService,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Search the catalogue of administrative procedures' })
  @ApiOkResponse({ type: PageDto(ProcedureDto) })
  @ApiProblems({ 400: 'Invalid query parameters' })
  list(@Query() query: ListProceduresQueryDto): Promise<Page<ProcedureDto>> {
    return this.procedures.list(query);
  }

  @Get(':code')
  @Public()
  @ApiOperation({ summary: 'One procedure: documents to attach and form fields to fill' })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblems({ 404: 'No procedure with this code' })
  get(@Param('code') code: string): Promise<ProcedureDto> {
    return this.procedures.get(code);
  }

  @Get(':code/processing-time')
  @Public()
  @ApiOperation({
    summary: 'How long this procedure’s dossiers actually took over the last 12 months',
    description:
      'The 90th percentile of working days from reception to result and the on-time share, from the reports’ daily figures; both null when fewer than 10 dossiers were resolved.',
  })
  @ApiOkResponse({ type: ProcessingTimeDto })
  @ApiProblems({ 404: 'No procedure with this code' })
  processingTime(@Param('code') code: string): Promise<ProcessingTimeDto> {
    return this.processingTimes.get(code);
  }

  @Post()
  @Authenticated(Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary: 'Add a procedure to the catalogue',
    description: 'An ADMIN only for their own agency; a SYSTEM_ADMIN for any agency.',
  })
  @ApiCreatedResponse({ type: ProcedureDto })
  @ApiProblems({
    400: 'Invalid body or unknown agencyCode',
    403: "Another agency's procedure (an ADMIN who is not SYSTEM_ADMIN)",
    409: 'A procedure with this code exists',
  })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateProcedureDto,
  ): Promise<ProcedureDto> {
    return this.procedures.create(user, body);
  }

  @Patch(':code')
  @Authenticated(Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary: 'Change a procedure (any subset of its properties but the code)',
    description:
      "An ADMIN only their own agency's procedures, and cannot move one to another agency; " +
      'a SYSTEM_ADMIN any.',
  })
  @ApiOkResponse({ type: ProcedureDto })
  @ApiProblems({
    400: 'Invalid body or unknown agencyCode',
    403: "Another agency's procedure (an ADMIN who is not SYSTEM_ADMIN)",
    404: 'No procedure with this code',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('code') code: string,
    @Body() body: UpdateProcedureDto,
  ): Promise<ProcedureDto> {
    return this.procedures.update(user, code, body);
  }
}
