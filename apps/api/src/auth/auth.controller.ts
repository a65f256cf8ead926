import { Body, Controller, Get, HttpCode, HttpStatus, Ip, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, AuthenticatedUser, CurrentUser, Public } from '@motcua/auth';
import { RateLimited } from '../http/rate-limit.module';
import { AuthService } from './auth.service';
import { InvitationAcceptDto } from './dto/invitation.dto';
import { LoginDto } from './dto/login.dto';
import { MeDto } from './dto/me.dto';
import {
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
} from './dto/password-reset.dto';
import { RefreshTokenDto } from './dto/refresh-token.dto';
import { RegisterDto, RegisteredDto } from './dto/register.dto';
import {
  SecondFactorChallengeRequestDto,
  SecondFactorDto,
  TotpEnrolmentDto,
} from './dto/second-factor.dto';
import { TokenPairDto } from './dto/token-pair.dto';
import { PasswordResetService } from './password-reset.service';
import { CHALLENGE_TTL_SECONDS, SecondFactorService } from './second-factor.service';
import { SessionService } from './session.service';
import { ApiProblems } from '../http/api-problems';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
    private readonly passwordResets: PasswordResetService,
    private readonly secondFactor: SecondFactorService,
  ) {}

  @Post('register')
  @ApiOperation({
    summary: 'Register a citizen account',
    description:
      'The new account owns nothing: a dossier the desk entered for this national ID reaches it ' +
      'only by its claim code (`POST /dossiers/claim`). A taken national ID or e-mail answers ' +
      '409, so a person is told to sign in (or reset the password) instead; that tells an ' +
      'anonymous caller only that an account exists, and probing is bounded: past ' +
      '`REGISTER_CONFLICTS_PER_HOUR` such answers (default 5) an address gets 429 for every ' +
      'registration until the hour ends, on top of the per-minute limit.',
  })
  @ApiCreatedResponse({ type: RegisteredDto })
  @ApiProblems({
    400: 'Invalid input, one `errors[]` entry per field; a weak password is refused with the reason as its entry',
    409: '`ALREADY_REGISTERED`: national ID or email taken (`errors[]` names which)',
    429: 'Rate limited: too many requests this minute, or too many taken identities this hour',
  })
  // below the typed responses: decorators apply bottom-up and the last one per status wins
  @Public()
  @RateLimited('auth')
  register(@Body() body: RegisterDto, @Ip() address: string): Promise<RegisteredDto> {
    return this.auth.register(body, address);
  }

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign in with national ID or email and password',
    description:
      'Officials sign in with their e-mail. A disabled account, or an invited one that has not set its password yet, gets the same 401 as a wrong password. ' +
      'When one of the account’s roles is in `TOTP_REQUIRED_ROLES`, a right password answers 401 `SECOND_FACTOR_REQUIRED` instead of tokens, with `secondFactor: { challenge, enrolled }`: ' +
      `the client then sends the challenge (valid ${CHALLENGE_TTL_SECONDS / 60} minutes) and the authenticator app’s code to \`POST /auth/second-factor\`; ` +
      'when `enrolled` is false it first gets a new secret from `POST /auth/second-factor/enrolment` and shows it to the official (the first valid code confirms it). ' +
      'Accounts whose roles need no second factor get the tokens as before.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems({
    400: 'Invalid input',
    401: '`INVALID_CREDENTIALS`, the same whether or not the account exists (also for a disabled account). `SECOND_FACTOR_REQUIRED`: the password was right; go on with `secondFactor.challenge`',
    429: '`RATE_LIMITED`: too many requests from this address, retry after a minute. `LOGIN_LOCKED`: too many failed sign-ins in a row on this account (by any of its names), or on this name when no account has it; locked, even for the right password, for the seconds in `Retry-After` (the `detail` says the minutes).',
  })
  @Public()
  @RateLimited('auth')
  login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(body);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (rotation)',
    description:
      'The presented token stops working. Presenting a token that was already exchanged ends the whole session.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems({ 400: 'Invalid input', 401: 'Unknown, expired, revoked or reused token' })
  refresh(@Body() body: RefreshTokenDto): Promise<TokenPairDto> {
    return this.sessions.refresh(body.refreshToken);
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'End the session of a refresh token',
    description:
      'No access token needed: the refresh token itself is the credential. Idempotent: an unknown or already revoked token also gives 204.',
  })
  @ApiNoContentResponse({ description: 'Session ended' })
  @ApiProblems({ 400: 'Invalid input' })
  logout(@Body() body: RefreshTokenDto): Promise<void> {
    return this.sessions.end(body.refreshToken);
  }

  @Post('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Ask for a password reset link',
    description:
      'Always 202 with the same body, whether or not the login (national ID or e-mail) matches an account. When it does, a one-time link to the portal’s reset page is sent by e-mail (and SMS where the account has a phone and an SMS gateway is set), valid for PASSWORD_RESET_TTL_MINUTES. Beyond PASSWORD_RESET_PER_LOGIN_PER_HOUR requests for one login, the answer is the same but nothing more is sent.',
  })
  @ApiAcceptedResponse({ type: PasswordResetRequestedDto })
  @ApiProblems({ 400: 'Invalid input' })
  @Public()
  @RateLimited('auth')
  requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<PasswordResetRequestedDto> {
    return this.passwordResets.request(body.login);
  }

  @Post('password-reset/confirm')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Set a new password with the token of a reset link',
    description:
      'The token works once. The account’s sessions end: every refresh token is revoked.',
  })
  @ApiNoContentResponse({ description: 'Password changed' })
  @ApiProblems({
    400: '`RESET_TOKEN_INVALID`: unknown, used or expired token; `VALIDATION_FAILED` with `errors[]`: the new password is not acceptable',
  })
  @Public()
  @RateLimited('auth')
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<void> {
    return this.passwordResets.confirm(body.token, body.password);
  }

  @Post('second-factor')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Finish a sign-in with the authenticator app’s code',
    description:
      'The `challenge` of the sign-in’s `SECOND_FACTOR_REQUIRED` answer and the 6-digit code of now (one step either side is accepted; each code works once). The first valid code after an enrolment confirms it. Wrong codes count towards the account’s lock-out as wrong passwords do.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiProblems({
    400: 'Invalid input',
    401: '`SECOND_FACTOR_INVALID`: wrong, used or expired code, or a challenge no longer valid (then sign in again)',
    429: '`RATE_LIMITED`, or `LOGIN_LOCKED` after too many wrong codes or passwords in a row',
  })
  @Public()
  @RateLimited('auth')
  verifySecondFactor(@Body() body: SecondFactorDto): Promise<TokenPairDto> {
    return this.secondFactor.verify(body.challenge, body.otp);
  }

  @Post('second-factor/enrolment')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Get a new authenticator secret (accounts not enrolled yet)',
    description:
      'With the challenge of a sign-in whose answer said `enrolled: false`. The secret is shown once: it is stored encrypted and never returned again; asking again replaces it until a code confirms one. Show `otpauthUri` as a QR code.',
  })
  @ApiOkResponse({ type: TotpEnrolmentDto })
  @ApiProblems({
    400: 'Invalid input',
    401: '`SECOND_FACTOR_INVALID`: a challenge no longer valid',
    409: 'The account has confirmed an authenticator already',
  })
  @Public()
  @RateLimited('auth')
  enrolSecondFactor(@Body() body: SecondFactorChallengeRequestDto): Promise<TotpEnrolmentDto> {
    return this.secondFactor.enrol(body.challenge);
  }

  @Post('invitation/accept')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Accept an official’s invitation: set the first password',
    description:
      'With the token of the invitation link (valid INVITATION_TTL_HOURS, once). The official then signs in with their e-mail and this password. Only invitation tokens are accepted here, and password reset tokens only at `/auth/password-reset/confirm`.',
  })
  @ApiNoContentResponse({ description: 'Password set; the account can sign in' })
  @ApiProblems({
    400: '`INVITATION_INVALID`: unknown, used or expired token (or a disabled account); `VALIDATION_FAILED` with `errors[]`: the password is not acceptable',
  })
  @Public()
  @RateLimited('auth')
  acceptInvitation(@Body() body: InvitationAcceptDto): Promise<void> {
    return this.passwordResets.acceptInvitation(body.token, body.password);
  }

  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems({ 401: 'Missing or invalid access token' })
  @Authenticated()
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return this.auth.me(user.id);
  }
}
