import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser } from '@motcua/auth';
import { Role } from '@motcua/domain';
import { ColleaguesService } from './colleagues.service';
import { ColleagueListResponse, ListColleaguesQuery } from './dto/colleagues.dto';

@ApiTags('officials')
@Controller('officials')
export class ColleaguesController {
  constructor(private readonly colleagues: ColleaguesService) {}

  @Get()
  @Authenticated(Role.Reception, Role.Specialist, Role.Leader, Role.Admin)
  @ApiOperation({
    summary: "The officials of the caller's own agency: names and roles (officials)",
    description:
      'What an official needs to work with colleagues, such as the specialists a dossier can ' +
      'be assigned to (`?role=SPECIALIST`). No contact details; managing accounts is under ' +
      '`/admin/officials`.',
  })
  @ApiOkResponse({ type: ColleagueListResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListColleaguesQuery,
  ): Promise<ColleagueListResponse> {
    return this.colleagues.list(user, query.role);
  }
}
