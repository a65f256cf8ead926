import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { emptyForm, type FormState } from '../../citizen/account/account.pages';
import { readNewPassword } from '../../citizen/account/new-password';
import { placeProblemErrors, type Problem } from '../../forms';
import { bodyOf, redirectTo, sendPage } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { CONSOLE_SIGN_IN_PATH } from '../../session/sign-in-required';
import { OfficialApi } from '../official-api';
import { INVITATION_PATH } from './accounts-paths';
import './accounts-session';
import { InvitationPage } from './invitation.pages';

const TOO_MANY = 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.';

function formWithError(targetId: string, message: string): FormState {
  return { values: {}, errors: new Map([[targetId, message]]), summary: [{ targetId, message }] };
}

/**
 * An invited official sets their first password. The e-mailed link's token moves into the
 * session and out of the address bar (history, the Referer of later requests, the access log
 * never see it), as the portal's password reset link does.
 */
@Controller()
export class InvitationController {
  constructor(private readonly officials: OfficialApi) {}

  @Get(`${INVITATION_PATH}/:token`)
  async link(
    @Param('token') token: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    request.session.set('invitationToken', token.slice(0, 256));
    await redirectTo(reply, INVITATION_PATH);
  }

  @Get(INVITATION_PATH)
  async form(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const invalidLink = !request.session.get('invitationToken');
    await sendPage(
      reply,
      <InvitationPage page={page} form={emptyForm()} invalidLink={invalidLink} />,
      invalidLink ? 400 : 200,
    );
  }

  @Post(INVITATION_PATH)
  async accept(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const token = request.session.get('invitationToken');
    if (!token) {
      return sendPage(reply, <InvitationPage page={page} form={emptyForm()} invalidLink />, 400);
    }
    const { password, invalid } = readNewPassword(bodyOf(request));
    if (invalid) {
      return sendPage(
        reply,
        <InvitationPage page={page} form={invalid} invalidLink={false} />,
        400,
      );
    }
    const { response, error } = await this.officials
      .anonymousApi(request)
      .POST('/api/v1/auth/invitation/accept', { body: { token, password } });
    if (response.ok) {
      request.session.set('invitationToken', undefined);
      request.session.set(
        'flash',
        'Đã kích hoạt tài khoản. Hãy đăng nhập bằng thư điện tử công vụ và mật khẩu vừa đặt.',
      );
      return redirectTo(reply, CONSOLE_SIGN_IN_PATH);
    }
    const problem = (error ?? {}) as Problem;
    if (problem.code === 'INVITATION_INVALID') {
      request.session.set('invitationToken', undefined);
      return sendPage(reply, <InvitationPage page={page} form={emptyForm()} invalidLink />, 400);
    }
    let failed: FormState;
    if (response.status === 429) failed = formWithError('password', TOO_MANY);
    else {
      const placed = placeProblemErrors(problem, (field) =>
        field === 'password' ? 'password' : undefined,
      );
      failed = { values: {}, errors: placed.byTarget, summary: placed.summary };
    }
    await sendPage(
      reply,
      <InvitationPage page={page} form={failed} invalidLink={false} />,
      response.status,
    );
  }
}
