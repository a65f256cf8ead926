import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';
import { ErrorMessage, ErrorSummary, titleWithErrors, type SummaryError } from '../../forms';
import { Layout } from '../../layout/layout';
import { Page, type PageContext } from '../../layout/page-context';
import { Csrf } from '../account/account.pages';
import { isDossierRef } from '../../api/dossier-ref';
import { sendCitizensOnly, signedInAsOfficial } from '../citizen-only';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { dossierPath } from '../dossiers/dossiers.pages';

function ClaimPage({
  page,
  code,
  error,
}: {
  page: PageContext;
  code: string;
  error?: string;
}): JSX.Element {
  const summary: SummaryError[] = error ? [{ targetId: 'claimCode', message: error }] : [];
  return (
    <Layout page={page} title={titleWithErrors('Nhận hồ sơ vào tài khoản', summary.length)}>
      <div class="narrow">
        <ErrorSummary errors={summary} />
        <h1>Nhận hồ sơ vào tài khoản</h1>
        <p>
          Hồ sơ{' '}
          <strong class="code" safe>
            {code}
          </strong>{' '}
          được nộp tại Bộ phận một cửa. Nhập mã nhận hồ sơ in trên giấy tiếp nhận để theo dõi hồ sơ
          này trong tài khoản của bạn.
        </p>
        <form method="post" action={`/nhan-ho-so/${encodeURIComponent(code)}`} novalidate>
          <Csrf page={page} />
          <div class={['form-group', error ? 'form-group--error' : undefined]}>
            <label class="label" for="claimCode">
              Mã nhận hồ sơ
            </label>
            <p class="hint" id="claimCode-hint">
              In trên giấy tiếp nhận hồ sơ, cạnh mã QR.
            </p>
            {error ? <ErrorMessage id="claimCode-error" message={error} /> : ''}
            <input
              class={['input', 'input--id', error ? 'input--error' : undefined]}
              type="text"
              id="claimCode"
              name="claimCode"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              required
              aria-describedby={error ? 'claimCode-hint claimCode-error' : 'claimCode-hint'}
              aria-invalid={error ? 'true' : undefined}
            />
          </div>
          <button type="submit" class="button">
            Nhận hồ sơ
          </button>
        </form>
      </div>
    </Layout>
  );
}

/**
 * The page a counter receipt's QR code opens: the person signs in (or registers) and types
 * the claim code printed on the slip; the code never travels in an address.
 */
@Controller('nhan-ho-so')
export class ClaimController {
  constructor(private readonly api: ApiClient) {}

  @Get(':code')
  async form(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isDossierRef(code)) throw new NotFoundException();
    this.api.signedIn(request);
    if (signedInAsOfficial(page)) return sendCitizensOnly(reply, page);
    await sendPage(reply, <ClaimPage page={page} code={code} />);
  }

  @Post(':code')
  async claim(
    @Param('code') code: string,
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (!isDossierRef(code)) throw new NotFoundException();
    const claimCode = textOf(bodyOf(request), 'claimCode').replace(/\s+/g, '');
    if (!claimCode) {
      return sendPage(
        reply,
        <ClaimPage page={page} code={code} error="Vui lòng nhập mã nhận hồ sơ." />,
        400,
      );
    }
    const { data, response } = await this.api
      .signedIn(request)
      .POST('/api/v1/dossiers/claim', { body: { code, claimCode } });
    if (data) {
      request.session.set('flash', 'Đã nhận hồ sơ vào tài khoản của bạn.');
      return redirectTo(reply, dossierPath(data));
    }
    const message =
      response.status === 429
        ? 'Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.'
        : 'Mã nhận hồ sơ không đúng, hoặc hồ sơ không phải của bạn. Hãy kiểm tra lại mã trên giấy tiếp nhận.';
    await sendPage(
      reply,
      <ClaimPage page={page} code={code} error={message} />,
      response.status === 429 ? 429 : 400,
    );
  }
}
