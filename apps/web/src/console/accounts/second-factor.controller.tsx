import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { emptyForm, type FormState } from '../../citizen/account/account.pages';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { CONSOLE_SIGN_IN_PATH } from '../../session/sign-in-required';
import { OfficialApi } from '../official-api';
import { redirectAfterSignIn } from '../sign-in/sign-in.controller';
import { SECOND_FACTOR_PATH } from './accounts-paths';
import './accounts-session';
import { SecondFactorPage, type Enrolment } from './second-factor.pages';

const EXPIRED = 'Phiên đăng nhập đã hết hạn. Vui lòng nhập lại thư điện tử và mật khẩu.';
const TOO_MANY = 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.';

function codeError(message: string): FormState {
  return {
    values: {},
    errors: new Map([['otp', message]]),
    summary: [{ targetId: 'otp', message }],
  };
}

/**
 * The second step of an official's sign-in when their roles need a code from an authenticator
 * app: the API's challenge waits in the session (never in the address), the official types the
 * code. Not enrolled yet: the page first shows a new secret as a QR code (drawn here, on the
 * server, as SVG) and as text; the first valid code confirms it.
 */
@Controller()
export class SecondFactorController {
  constructor(private readonly officials: OfficialApi) {}

  @Get(SECOND_FACTOR_PATH)
  async form(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pending = request.session.get('secondFactor');
    if (!pending) return redirectTo(reply, CONSOLE_SIGN_IN_PATH);
    const enrolment = pending.enrolled ? undefined : await this.enrol(request, pending.challenge);
    if (enrolment === null) return this.expired(request, reply);
    await sendPage(
      reply,
      <SecondFactorPage page={page} form={emptyForm()} enrolment={enrolment} />,
    );
  }

  @Post(SECOND_FACTOR_PATH)
  async verify(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const pending = request.session.get('secondFactor');
    if (!pending) return redirectTo(reply, CONSOLE_SIGN_IN_PATH);
    const otp = textOf(bodyOf(request), 'otp').replace(/\s+/g, '');
    if (!/^\d{6}$/.test(otp)) {
      return sendPage(
        reply,
        <SecondFactorPage
          page={page}
          form={codeError('Vui lòng nhập mã gồm 6 chữ số.')}
          enrolment={undefined}
          retryEnrolment={!pending.enrolled}
        />,
        400,
      );
    }
    const { data, error, response } = await this.officials
      .anonymousApi(request)
      .POST('/api/v1/auth/second-factor', { body: { challenge: pending.challenge, otp } });
    if (data) {
      request.session.set('secondFactor', undefined);
      const outcome = await this.officials.startSignIn(request, data);
      if (outcome.kind !== 'signed-in') return this.expired(request, reply);
      return redirectAfterSignIn(request, reply);
    }
    if (response.status === 429) {
      request.session.set('secondFactor', undefined);
      request.session.set('flash', TOO_MANY);
      return redirectTo(reply, CONSOLE_SIGN_IN_PATH);
    }
    const message =
      error?.code === 'SECOND_FACTOR_INVALID'
        ? 'Mã xác thực không đúng hoặc đã được dùng. Vui lòng nhập mã đang hiển thị trong ứng dụng.'
        : (error?.detail ?? 'Mã xác thực không đúng.');
    await sendPage(
      reply,
      <SecondFactorPage
        page={page}
        form={codeError(message)}
        enrolment={undefined}
        retryEnrolment={!pending.enrolled}
      />,
      401,
    );
  }

  /** A new secret for the official's app; null when the challenge is no longer valid. */
  private async enrol(request: FastifyRequest, challenge: string): Promise<Enrolment | null> {
    const { data } = await this.officials
      .anonymousApi(request)
      .POST('/api/v1/auth/second-factor/enrolment', { body: { challenge } });
    if (!data) return null;
    const safeQrSvg = await QRCode.toString(data.otpauthUri, {
      type: 'svg',
      margin: 1,
      errorCorrectionLevel: 'M',
    });
    return { secret: data.secret, safeQrSvg };
  }

  private async expired(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    request.session.set('secondFactor', undefined);
    request.session.set('flash', EXPIRED);
    await redirectTo(reply, CONSOLE_SIGN_IN_PATH);
  }
}
