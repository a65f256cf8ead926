import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser } from '@motcua/auth';
import { DossierAction, Role } from '@motcua/domain';
import type { FastifyReply } from 'fastify';
import { IdempotentOutcome } from '../idempotency/idempotency.service';
import { actionTableMarkdown } from './action-table';
import { DossierClaimService } from './dossier-claim.service';
import { DossierFilingService } from './dossier-filing.service';
import { DossierReader } from './dossier.reader';
import { DossierWorkflowService } from './dossier-workflow.service';
import { ClaimDossierDto } from './dto/claim-dossier.dto';
import { DossierActionDto } from './dto/dossier-action.dto';
import { CreateDossierDto, UpdateDraftDto } from './dto/create-dossier.dto';
import {
  DossierCountsResponse,
  DossierPageResponse,
  DossierResponse,
  HistoryResponse,
} from './dto/dossier.response';
import { ListDossiersQuery } from './dto/list-dossiers.query';
import { ApiProblems } from '../http/api-problems';

const IDEMPOTENCY_HEADER = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Same key + same user + same body → the first response again (header `Idempotent-Replayed: true`) ' +
    'and nothing new; same key with another body → 422. Keys are kept at least 24 h.',
};
const REF_PARAM = { name: 'ref', description: 'Dossier code, or the id of a draft' };

function reply<T>(res: FastifyReply, outcome: IdempotentOutcome<T>): T {
  res.status(outcome.statusCode);
  if (outcome.replayed) res.header('idempotent-replayed', 'true');
  return outcome.body;
}

@ApiTags('dossiers')
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly filing: DossierFilingService,
    private readonly reader: DossierReader,
    private readonly workflow: DossierWorkflowService,
    private readonly claims: DossierClaimService,
  ) {}

  @Post()
  @Authenticated(Role.Citizen, Role.Reception)
  @ApiOperation({
    summary: 'File a dossier (submit by default) or save it as a draft (`submit: false`)',
    description:
      'A CITIZEN files online. RECEPTION enters a paper dossier for a citizen with `channel` and ' +
      '`applicant`: it is RECEIVED at once, with its code and appointment date.',
  })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiCreatedResponse({ type: DossierResponse })
  @ApiProblems({
    400: 'One `errors[]` entry per invalid field',
    422: 'Idempotency-Key reused with another body',
  })
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateDossierDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<DossierResponse> {
    return reply(res, await this.filing.create(user, dto, key));
  }

  @Post('claim')
  @HttpCode(200)
  @Authenticated(Role.Citizen)
  @ApiOperation({
    summary: 'Claim a dossier the desk entered for you, with the code on its receipt',
    description:
      'A dossier entered at the desk (or received by post) belongs to no account: registering ' +
      'with the applicant’s national ID gives no access to it. The applicant — a CITIZEN whose ' +
      'national ID is the one the desk recorded — claims it with the dossier code and the ' +
      'one-time claim code printed on the receipt (Mẫu 01, whose QR code opens the portal’s ' +
      'claim page) and sent to the phone or e-mail the desk recorded. The dossier is then ' +
      'theirs (a `claim` history entry) and the code is spent. Attempts are limited per dossier ' +
      'and per account (`CLAIM_RATE_LIMIT_PER_HOUR` each).',
  })
  @ApiOkResponse({ type: DossierResponse, description: 'The dossier, now yours' })
  @ApiProblems({
    400: '`code` or `claimCode` missing',
    404:
      'The same answer for a wrong claim code, an unknown dossier, another person’s dossier ' +
      'and one already claimed',
    429: '`RATE_LIMITED`: too many attempts on this dossier or from this account',
  })
  claim(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ClaimDossierDto,
  ): Promise<DossierResponse> {
    return this.claims.claim(user, dto);
  }

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: "A citizen's own dossiers, or an official's agency's (drafts excluded)",
  })
  @ApiOkResponse({ type: DossierPageResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListDossiersQuery,
  ): Promise<DossierPageResponse> {
    return this.reader.list(user, query);
  }

  @Get('counts')
  @Authenticated(Role.Reception, Role.Specialist, Role.Leader, Role.Admin)
  @ApiOperation({
    summary: "How many of the agency's dossiers wait in each status of its work (officials)",
    description:
      'The sizes of the work queues: one entry per status that has dossiers among the ' +
      'unfinished ones (SUBMITTED to AWAITING_APPROVAL) and RESULT_READY (a result to hand ' +
      'over), with how many of them are past their appointment date (never a result ready). ' +
      'Other finished dossiers are not counted. The dossiers are those the work list ' +
      '(`GET /dossiers`) shows the official: a service centre’s include those it received for ' +
      'other agencies.',
  })
  @ApiOkResponse({ type: DossierCountsResponse })
  counts(@CurrentUser() user: AuthenticatedUser): Promise<DossierCountsResponse> {
    return this.reader.counts(user);
  }

  @Get(':ref')
  @Authenticated()
  @ApiParam(REF_PARAM)
  @ApiOkResponse({ type: DossierResponse })
  @ApiProblems({ 404: 'Not found, or not yours' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('ref') ref: string): Promise<DossierResponse> {
    return this.reader.get(user, ref);
  }

  @Patch(':ref')
  @Authenticated(Role.Citizen)
  @ApiOperation({ summary: 'Edit a draft (owner only); given properties replace the draft’s' })
  @ApiParam(REF_PARAM)
  @ApiOkResponse({ type: DossierResponse })
  @ApiProblems({ 409: 'Not a draft any more' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('ref') ref: string,
    @Body() dto: UpdateDraftDto,
  ): Promise<DossierResponse> {
    return this.filing.updateDraft(user, ref, dto);
  }

  @Get(':ref/history')
  @Authenticated()
  @ApiParam(REF_PARAM)
  @ApiOkResponse({ type: HistoryResponse })
  history(
    @CurrentUser() user: AuthenticatedUser,
    @Param('ref') ref: string,
  ): Promise<HistoryResponse> {
    return this.reader.history(user, ref);
  }

  @Post(':ref/actions/:action')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({
    summary: 'Move a dossier through its lifecycle (the action table below)',
    description: actionTableMarkdown(),
  })
  @ApiParam(REF_PARAM)
  @ApiParam({ name: 'action', enum: DossierAction })
  @ApiHeader(IDEMPOTENCY_HEADER)
  @ApiOkResponse({ type: DossierResponse })
  @ApiProblems({
    400: 'A required reason, assignee, outcome or date is missing',
    403: 'Your role may not do this action',
    404: 'Unknown action, or a dossier that is not yours',
    409: 'INVALID_TRANSITION: not allowed in the current status',
  })
  async act(
    @CurrentUser() user: AuthenticatedUser,
    @Param('ref') ref: string,
    @Param('action') action: string,
    @Body() body: DossierActionDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<DossierResponse> {
    return reply(res, await this.workflow.act(user, ref, action, body, key));
  }
}
