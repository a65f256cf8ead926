import { Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { emptyForm, type FormState } from '../../citizen/account/account.pages';
import { fieldName } from '../../forms';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { clearSignIn, currentUser, safeReturnPath } from '../../session/session';
import {
  CONSOLE_PREFIX,
  CONSOLE_SIGN_IN_PATH,
  isConsolePath,
} from '../../session/sign-in-required';
import { isConsoleUser } from '../console-access';
import { OfficialApi } from '../official-api';
import { SECOND_FACTOR_PATH } from '../accounts/accounts-paths';
import '../accounts/accounts-session';
import { ConsoleSignInPage, EMAIL_FIELD } from './sign-in.pages';

const TOO_MANY = 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.';
const REFUSED = 'Thư điện tử hoặc mật khẩu không đúng.';
const CITIZEN_ACCOUNT =
  'Đây là tài khoản công dân, không dùng được cho trang cán bộ. Công dân nộp và theo dõi hồ sơ tại trang đăng nhập của công dân.';
const IDLE = 'Phiên làm việc đã kết thúc vì lâu không thao tác. Vui lòng đăng nhập lại.';

/** After a complete sign-in: back where the official was sent from, or the console's home. */
export async function redirectAfterSignIn(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const returnTo = request.session.get('returnTo');
  request.session.set('returnTo', undefined);
  await redirectTo(
    reply,
    returnTo && isConsolePath(returnTo) ? safeReturnPath(returnTo) : CONSOLE_PREFIX,
  );
}

function formWithError(
  values: Record<string, string>,
  targetId: string,
  message: string,
): FormState {
  return { values, errors: new Map([[targetId, message]]), summary: [{ targetId, message }] };
}

/** The officials' sign-in by e-mail and sign-out; a citizen's account is refused here. */
@Controller()
export class ConsoleSignInController {
  constructor(private readonly officials: OfficialApi) {}

  @Get(CONSOLE_SIGN_IN_PATH)
  async form(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('tiep') returnTo?: string,
  ): Promise<void> {
    const user = currentUser(request);
    if (user && isConsoleUser(user.roles)) return redirectTo(reply, CONSOLE_PREFIX);
    if (returnTo && isConsolePath(returnTo)) {
      request.session.set('returnTo', safeReturnPath(returnTo));
    }
    const idle = request.session.get('idleSignedOut');
    if (idle) request.session.set('idleSignedOut', undefined);
    await sendPage(
      reply,
      <ConsoleSignInPage page={page} form={emptyForm()} notice={idle ? IDLE : undefined} />,
    );
  }

  @Post(CONSOLE_SIGN_IN_PATH)
  async signIn(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = bodyOf(request);
    const email = textOf(body, fieldName(EMAIL_FIELD.key));
    const password = textOf(body, 'password');
    const values = { email };
    if (!email || !password) {
      const form = !email
        ? formWithError(values, 'f-email', 'Vui lòng nhập thư điện tử công vụ.')
        : formWithError(values, 'password', 'Vui lòng nhập mật khẩu.');
      return sendPage(reply, <ConsoleSignInPage page={page} form={form} />, 400);
    }
    const outcome = await this.officials.signIn(request, email, password);
    if (outcome.kind === 'second-factor') {
      request.session.set('secondFactor', {
        challenge: outcome.challenge,
        enrolled: outcome.enrolled,
      });
      return redirectTo(reply, SECOND_FACTOR_PATH);
    }
    if (outcome.kind !== 'signed-in') {
      const [message, status] =
        outcome.kind === 'rate-limited'
          ? [TOO_MANY, 429]
          : outcome.kind === 'citizen'
            ? [CITIZEN_ACCOUNT, 403]
            : [REFUSED, 401];
      const form = formWithError(values, 'f-email', message);
      return sendPage(reply, <ConsoleSignInPage page={page} form={form} />, status);
    }
    await redirectAfterSignIn(request, reply);
  }

  @Post(`${CONSOLE_PREFIX}/dang-xuat`)
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const tokens = request.session.get('tokens');
    // ends the session at the API too; the console forgets it whatever the answer
    if (tokens) await this.officials.endApiSession(request, tokens.refreshToken);
    clearSignIn(request);
    request.session.set('flash', 'Bạn đã đăng xuất.');
    await redirectTo(reply, CONSOLE_SIGN_IN_PATH);
  }
}
