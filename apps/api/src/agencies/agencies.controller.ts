import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, Public } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { ApiProblems } from '../http/api-problems';
import { AgencyAdminService } from './agency-admin.service';
import {
  AgencyCodeParamsDto,
  AgencyDto,
  AgencyListDto,
  CreateAgencyDto,
  PublicAgencyListDto,
  UpdateAgencyDto,
} from './dto/agency.dto';

const PLACEMENT =
  'A PROVINCE has no parent; a DEPARTMENT and a COMMUNE sit under a PROVINCE; a SERVICE_CENTRE ' +
  '(Trung tâm Phục vụ hành chính công) under a PROVINCE or a COMMUNE.';

@ApiTags('agencies')
@Controller()
export class AgenciesController {
  constructor(private readonly agencies: AgencyAdminService) {}

  @Get('agencies')
  @Public()
  @ApiOperation({
    summary: 'Every agency: code, name, kind and parent (the two-tier tree)',
    description: 'Depth first: each province, then the agencies under it, siblings by name.',
  })
  @ApiOkResponse({ type: PublicAgencyListDto })
  publicList(): Promise<PublicAgencyListDto> {
    return this.agencies.publicList();
  }

  @Get('admin/agencies')
  @Authenticated(Role.Admin, Role.SystemAdmin)
  @ApiOperation({
    summary: 'The agency tree, for administrators',
    description: `Every agency with its kind, label, parent and depth, depth first. ${PLACEMENT}`,
  })
  @ApiOkResponse({ type: AgencyListDto })
  list(): Promise<AgencyListDto> {
    return this.agencies.list();
  }

  @Post('admin/agencies')
  @Authenticated(Role.SystemAdmin)
  @ApiOperation({
    summary: 'Create an agency in the tree',
    description: `${PLACEMENT} The code is the agency's identifier in the national catalogue (V1V2V3.Z1Z2.Y1Y2.MX1X2).`,
  })
  @ApiCreatedResponse({ type: AgencyDto })
  @ApiProblems({
    400: 'A field missing or malformed, an unknown parentCode, or a parent of a kind the agency may not sit under',
    409: 'The code is already an agency’s',
  })
  create(@Body() body: CreateAgencyDto): Promise<AgencyDto> {
    return this.agencies.create(body);
  }

  @Patch('admin/agencies/:code')
  @Authenticated(Role.SystemAdmin)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rename, re-code, change the kind of, or move an agency',
    description:
      `Only the properties sent change. ${PLACEMENT} An agency cannot move under itself or ` +
      'under an agency below it; its kind cannot change to one its children may not sit under; ' +
      'its code cannot change once it has dossiers (the code begins their dossier codes). ' +
      'Procedures show a new name within 30 seconds (their cache).',
  })
  @ApiOkResponse({ type: AgencyDto })
  @ApiProblems({
    400: 'A field malformed or null, an unknown parentCode, or a parent of a kind the agency may not sit under',
    404: 'No agency has this code',
    409: 'A move under itself or its descendant, a kind its children may not sit under, a code taken or the code of an agency with dossiers',
  })
  update(@Param() params: AgencyCodeParamsDto, @Body() body: UpdateAgencyDto): Promise<AgencyDto> {
    return this.agencies.update(params.code, body);
  }
}
