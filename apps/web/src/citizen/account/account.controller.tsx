import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient, tokensOf } from '../../api/api-client';
import { Page, type PageContext } from '../../layout/page-context';
import { fieldName, placeProblemErrors, readFormValues, type Problem } from '../../forms';
import { clearSignIn, safeReturnPath, storeSignIn } from '../../session/session';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import {
  ForgotPasswordPage,
  FormState,
  LOGIN_FIELD,
  REGISTER_FIELDS,
  RegisterPage,
  ResetPasswordPage,
  SignInPage,
  emptyForm,
} from './account.pages';
import { MIN_PASSWORD_LENGTH, readNewPassword } from './new-password';

const AFTER_SIGN_IN = '/ho-so-cua-toi';

/** API field → the id of its input on the account pages. */
function accountTarget(field: string): string | undefined {
  if (field === 'password') return 'password';
  if (['username', 'login', 'fullName', 'nationalId', 'phone', 'email'].includes(field)) {
    return `f-${field}`;
  }
  return undefined;
}

function formWithProblem(values: Record<string, string>, problem: Problem): FormState {
  const placed = placeProblemErrors(problem, accountTarget);
  return { values, errors: placed.byTarget, summary: placed.summary };
}

function formWithError(
  values: Record<string, string>,
  targetId: string,
  message: string,
): FormState {
  return {
    values,
    errors: new Map([[targetId, message]]),
    summary: [{ targetId, message }],
  };
}

const TOO_MANY = 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.';

/**
 * Sign in, register, sign out and the forgotten password. The person comes back afterwards
 * to the page that asked them to sign in (kept in the session, never in a link they send).
 */
@Controller()
export class AccountController {
  constructor(private readonly api: ApiClient) {}

  @Get('/dang-nhap')
  async signInForm(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('tiep') returnTo?: string,
  ): Promise<void> {
    if (returnTo) request.session.set('returnTo', safeReturnPath(returnTo));
    await sendPage(reply, <SignInPage page={page} form={emptyForm()} />);
  }

  @Post('/dang-nhap')
  async signIn(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = bodyOf(request);
    const username = textOf(body, fieldName(LOGIN_FIELD.key));
    const password = textOf(body, 'password');
    const values = { username };
    if (!username || !password) {
      const form = !username
        ? formWithError(
            values,
            'f-username',
            'Vui lòng nhập số định danh cá nhân hoặc thư điện tử.',
          )
        : formWithError(values, 'password', 'Vui lòng nhập mật khẩu.');
      return sendPage(reply, <SignInPage page={page} form={form} />, 400);
    }
    const signedIn = await this.signInWith(request, username, password);
    if (signedIn !== true) {
      const message =
        signedIn === 429 ? TOO_MANY : 'Số định danh cá nhân, thư điện tử hoặc mật khẩu không đúng.';
      const form = formWithError(values, 'f-username', message);
      return sendPage(reply, <SignInPage page={page} form={form} />, signedIn === 429 ? 429 : 401);
    }
    await redirectTo(reply, this.takeReturnTo(request));
  }

  @Get('/dang-ky')
  async registerForm(@Page() page: PageContext, @Res() reply: FastifyReply): Promise<void> {
    await sendPage(reply, <RegisterPage page={page} form={emptyForm()} />);
  }

  @Post('/dang-ky')
  async register(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = bodyOf(request);
    const read = readFormValues(REGISTER_FIELDS, body);
    const password = textOf(body, 'password');
    const errors = read.errors.map((e) => ({ field: e.key ?? '', message: e.message }));
    if (password.length < MIN_PASSWORD_LENGTH) {
      errors.push({
        field: 'password',
        message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
      });
    }
    if (errors.length > 0) {
      const form = formWithProblem(read.raw, { errors });
      return sendPage(reply, <RegisterPage page={page} form={form} />, 400);
    }
    const { response, error } = await this.api.anonymous(request).POST('/api/v1/auth/register', {
      body: {
        fullName: String(read.values.fullName),
        nationalId: String(read.values.nationalId),
        phone: String(read.values.phone),
        ...(read.values.email ? { email: String(read.values.email) } : {}),
        password,
      },
    });
    if (!response.ok) {
      const problem = (error ?? {}) as Problem;
      const form =
        problem.code === 'ALREADY_REGISTERED'
          ? formWithError(
              read.raw,
              'f-nationalId',
              'Số định danh cá nhân này đã có tài khoản. Hãy đăng nhập, hoặc dùng "Quên mật khẩu".',
            )
          : response.status === 429
            ? formWithError(read.raw, 'f-nationalId', TOO_MANY)
            : formWithProblem(read.raw, problem);
      return sendPage(reply, <RegisterPage page={page} form={form} />, response.status);
    }
    const signedIn = await this.signInWith(request, String(read.values.nationalId), password);
    if (signedIn !== true) {
      request.session.set('flash', 'Đã tạo tài khoản. Hãy đăng nhập.');
      return redirectTo(reply, '/dang-nhap');
    }
    request.session.set('flash', 'Đã tạo tài khoản và đăng nhập.');
    await redirectTo(reply, this.takeReturnTo(request));
  }

  @Post('/dang-xuat')
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const tokens = request.session.get('tokens');
    if (tokens) {
      // ends the session at the API too; the portal forgets it whatever the answer
      await this.api
        .anonymous(request)
        .POST('/api/v1/auth/logout', { body: { refreshToken: tokens.refreshToken } })
        .catch(() => undefined);
    }
    clearSignIn(request);
    request.session.set('flash', 'Bạn đã đăng xuất.');
    await redirectTo(reply, '/');
  }

  @Get('/quen-mat-khau')
  async forgotForm(@Page() page: PageContext, @Res() reply: FastifyReply): Promise<void> {
    await sendPage(reply, <ForgotPasswordPage page={page} form={emptyForm()} sent={false} />);
  }

  @Get('/quen-mat-khau/da-gui')
  async forgotSent(@Page() page: PageContext, @Res() reply: FastifyReply): Promise<void> {
    await sendPage(reply, <ForgotPasswordPage page={page} form={emptyForm()} sent />);
  }

  @Post('/quen-mat-khau')
  async forgot(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const login = textOf(bodyOf(request), 'fd.login');
    if (!login) {
      const form = formWithError(
        { login },
        'f-login',
        'Vui lòng nhập số định danh cá nhân hoặc thư điện tử.',
      );
      return sendPage(reply, <ForgotPasswordPage page={page} form={form} sent={false} />, 400);
    }
    const { response, error } = await this.api
      .anonymous(request)
      .POST('/api/v1/auth/password-reset', { body: { login } });
    if (response.status === 429) {
      const form = formWithError({ login }, 'f-login', TOO_MANY);
      return sendPage(reply, <ForgotPasswordPage page={page} form={form} sent={false} />, 429);
    }
    if (response.status === 400) {
      const form = formWithProblem({ login }, (error ?? {}) as Problem);
      return sendPage(reply, <ForgotPasswordPage page={page} form={form} sent={false} />, 400);
    }
    await redirectTo(reply, '/quen-mat-khau/da-gui');
  }

  /** The link from the e-mail: its token moves into the session and out of the address bar. */
  @Get('/dat-lai-mat-khau/:token')
  async resetLink(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    request.session.set('resetToken', token.slice(0, 512));
    await redirectTo(reply, '/dat-lai-mat-khau');
  }

  @Get('/dat-lai-mat-khau')
  async resetForm(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const invalidLink = !request.session.get('resetToken');
    await sendPage(
      reply,
      <ResetPasswordPage page={page} form={emptyForm()} invalidLink={invalidLink} />,
      invalidLink ? 400 : 200,
    );
  }

  @Post('/dat-lai-mat-khau')
  async reset(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = request.session.get('resetToken');
    if (!token) {
      return sendPage(reply, <ResetPasswordPage page={page} form={emptyForm()} invalidLink />, 400);
    }
    const { password, invalid } = readNewPassword(bodyOf(request));
    if (invalid) {
      return sendPage(
        reply,
        <ResetPasswordPage page={page} form={invalid} invalidLink={false} />,
        400,
      );
    }
    const { response, error } = await this.api
      .anonymous(request)
      .POST('/api/v1/auth/password-reset/confirm', { body: { token, password } });
    if (response.ok) {
      request.session.set('resetToken', undefined);
      request.session.set('flash', 'Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.');
      return redirectTo(reply, '/dang-nhap');
    }
    const problem = (error ?? {}) as Problem;
    if (problem.code === 'RESET_TOKEN_INVALID') {
      request.session.set('resetToken', undefined);
      return sendPage(reply, <ResetPasswordPage page={page} form={emptyForm()} invalidLink />, 400);
    }
    const failed =
      response.status === 429
        ? formWithError({}, 'password', TOO_MANY)
        : formWithProblem({}, problem);
    await sendPage(
      reply,
      <ResetPasswordPage page={page} form={failed} invalidLink={false} />,
      response.status,
    );
  }

  /** Signs in at the API and keeps the tokens in the session; the status when refused. */
  private async signInWith(
    request: FastifyRequest,
    username: string,
    password: string,
  ): Promise<true | number> {
    const api = this.api.anonymous(request);
    const login = await api.POST('/api/v1/auth/login', { body: { username, password } });
    if (!login.data) return login.response.status;
    const me = await api.GET('/api/v1/auth/me', {
      headers: { authorization: `Bearer ${login.data.accessToken}` },
    });
    if (!me.data) return me.response.status;
    storeSignIn(
      request,
      { id: me.data.id, fullName: me.data.fullName, roles: me.data.roles },
      tokensOf(login.data),
    );
    return true;
  }

  private takeReturnTo(request: FastifyRequest): string {
    const returnTo = request.session.get('returnTo');
    request.session.set('returnTo', undefined);
    return returnTo ? safeReturnPath(returnTo) : AFTER_SIGN_IN;
  }
}
