import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { ApiProblems } from '../http/api-problems';
import { Page, PageDto, PaginationQueryDto } from '../http/pagination';
import {
  AuditEntryDto,
  InviteOfficialDto,
  ListOfficialsQueryDto,
  OfficialDto,
  PasswordLinkSentDto,
  UpdateOfficialDto,
} from './dto/official.dto';
import { OfficialsService } from './officials.service';

const SCOPE =
  'An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404.';

@ApiTags('admin')
@Controller('admin/officials')
@Authenticated(Role.Admin, Role.SystemAdmin)
export class OfficialsController {
  constructor(private readonly officials: OfficialsService) {}

  @Post()
  @ApiOperation({
    summary: 'Invite an official by e-mail',
    description:
      `${SCOPE} The account is created without a password and a one-time link to the console’s page \`/can-bo/kich-hoat/<token>\` is e-mailed (valid INVITATION_TTL_HOURS); the official sets a password there (\`POST /auth/invitation/accept\`) and signs in with the e-mail. ` +
      'Roles are officials’ roles; only a SYSTEM_ADMIN may give SYSTEM_ADMIN. Without `agencyCode` the official joins the administrator’s agency. Written to the audit log.',
  })
  @ApiCreatedResponse({ type: OfficialDto })
  @ApiProblems({
    400: 'Invalid body, one `errors[]` entry per field',
    403: 'SYSTEM_ADMIN given by an administrator who does not hold it',
    404: 'Agency unknown or out of reach',
    409: '`ALREADY_REGISTERED`: an account has this e-mail',
  })
  invite(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: InviteOfficialDto,
  ): Promise<OfficialDto> {
    return this.officials.invite(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'Officials, by name', description: SCOPE })
  @ApiOkResponse({ type: PageDto(OfficialDto) })
  @ApiProblems({ 400: 'Invalid query parameters', 404: 'Agency unknown or out of reach' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListOfficialsQueryDto,
  ): Promise<Page<OfficialDto>> {
    return this.officials.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One official', description: SCOPE })
  @ApiOkResponse({ type: OfficialDto })
  @ApiProblems({ 404: 'No such official in reach' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<OfficialDto> {
    return this.officials.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Rename an official, set their roles, or move them to another agency',
    description:
      `${SCOPE} A move needs the target agency in reach too. A change of roles or agency ends the official’s sessions at once (their tokens answer 401), so the next sign-in carries the new ones. ` +
      'A SYSTEM_ADMIN’s account is changed by a SYSTEM_ADMIN only. Written to the audit log (what changed, from and to); nothing is written when nothing changes.',
  })
  @ApiOkResponse({ type: OfficialDto })
  @ApiProblems({
    400: 'Invalid body, one `errors[]` entry per field (`null` is refused)',
    403: 'SYSTEM_ADMIN given, or a SYSTEM_ADMIN’s account changed, by an administrator who does not hold it',
    404: 'No such official in reach, or target agency unknown or out of reach',
  })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: UpdateOfficialDto,
  ): Promise<OfficialDto> {
    return this.officials.update(user, id, body);
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Disable an official’s account',
    description: `${SCOPE} The account can no longer sign in (the answer is that of a wrong password) and its access and refresh tokens stop at once. Disabling a disabled account changes nothing. Written to the audit log.`,
  })
  @ApiOkResponse({ type: OfficialDto })
  @ApiProblems({
    403: 'A SYSTEM_ADMIN’s account, by an administrator who does not hold it',
    404: 'No such official in reach',
    409: 'One’s own account',
  })
  disable(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<OfficialDto> {
    return this.officials.setDisabled(user, id, true);
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Enable a disabled official’s account again',
    description: `${SCOPE} The official signs in again with their password. Written to the audit log.`,
  })
  @ApiOkResponse({ type: OfficialDto })
  @ApiProblems({
    403: 'A SYSTEM_ADMIN’s account, by an administrator who does not hold it',
    404: 'No such official in reach',
  })
  enable(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<OfficialDto> {
    return this.officials.setDisabled(user, id, false);
  }

  @Post(':id/password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Send an official a password reset link',
    description: `${SCOPE} The link is e-mailed as for a forgotten password (the current password keeps working until a new one is set); to an official who has not accepted their invitation, a new invitation goes instead. Written to the audit log.`,
  })
  @ApiAcceptedResponse({ type: PasswordLinkSentDto })
  @ApiProblems({
    403: 'A SYSTEM_ADMIN’s account, by an administrator who does not hold it',
    404: 'No such official in reach',
    409: 'The account is disabled',
  })
  resetPassword(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<PasswordLinkSentDto> {
    return this.officials.sendPasswordLink(user, id);
  }

  @Post(':id/second-factor-reset')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Clear an official’s authenticator app (TOTP), for a lost second factor',
    description:
      `${SCOPE} The app set up is forgotten and the official’s sessions end at once; when their roles need a second factor (TOTP_REQUIRED_ROLES), their next sign-in sets up a new app, as the first one did. ` +
      'An official without an app set up is answered as they are, and nothing is written. Written to the audit log.',
  })
  @ApiOkResponse({ type: OfficialDto })
  @ApiProblems({
    403: 'A SYSTEM_ADMIN’s account, by an administrator who does not hold it',
    404: 'No such official in reach',
    409: 'One’s own account (another administrator clears it)',
  })
  resetSecondFactor(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<OfficialDto> {
    return this.officials.resetSecondFactor(user, id);
  }
}

@ApiTags('admin')
@Controller('admin/audit-log')
@Authenticated(Role.Admin, Role.SystemAdmin)
export class AuditLogController {
  constructor(private readonly officials: OfficialsService) {}

  @Get()
  @ApiOperation({
    summary: 'The audit log of officials’ accounts, newest first',
    description:
      'Every invitation, change of name, roles or agency, disabling, enabling, password link sent, authenticator app cleared and invitation accepted, with who did it and when. An ADMIN reads their own agency’s entries, a SYSTEM_ADMIN all. Append-only: the database refuses any change or removal of an entry.',
  })
  @ApiOkResponse({ type: PageDto(AuditEntryDto) })
  @ApiProblems({ 400: 'Invalid query parameters' })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<AuditEntryDto>> {
    return this.officials.auditEntries(user, query);
  }
}
