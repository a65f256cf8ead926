import { Controller, Get, NotFoundException, Param, Post, Query, Req, Res } from '@nestjs/common';
import { Role } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Api, components } from '../../api/api-client';
import { emptyForm, type FormState } from '../../citizen/account/account.pages';
import { placeProblemErrors, type Problem, type SubmittedBody } from '../../forms';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { CONSOLE_AREAS } from '../console-access';
import { OfficialApi } from '../official-api';
import {
  AuditLogPage,
  InviteOfficialPage,
  OfficialPage,
  OfficialsListPage,
  type AgencyOption,
} from './officials.pages';

export const OFFICIALS_PATH = CONSOLE_AREAS.officials.path;
export const AUDIT_LOG_PATH = CONSOLE_AREAS.auditLog.path;
const PAGE_SIZE = 50;

type Official = components['schemas']['OfficialDto'];

/** The input id each of the API's fields is shown beside. */
const TARGETS: Record<string, string> = {
  email: 'email',
  fullName: 'fullName',
  phone: 'phone',
  roles: 'role-RECEPTION',
  agencyCode: 'agencyCode',
};

function formWithProblem(values: Record<string, string>, problem: Problem): FormState {
  const placed = placeProblemErrors(problem, (field) => TARGETS[field]);
  return { values, errors: placed.byTarget, summary: placed.summary };
}

function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

interface ListPage<T> {
  items: T[];
  total: number;
  current: number;
  pages: number;
}

/** One page of an admin list, the page asked for by the address's `trang`. */
async function readPage<T>(
  trang: string | undefined,
  read: (query: {
    page: number;
    limit: number;
  }) => Promise<{ data?: { items: T[]; total: number } }>,
  what: string,
): Promise<ListPage<T>> {
  const current = pageNumber(trang);
  const { data } = await read({ page: current, limit: PAGE_SIZE });
  if (!data) throw new Error(`${what} could not be read`);
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  return { items: data.items, total: data.total, current, pages };
}

function rolesOf(body: SubmittedBody): string[] {
  const value = body.roles;
  return (Array.isArray(value) ? value : value ? [value] : []).filter((r) => r.length < 40);
}

/**
 * Administration of officials' accounts (an agency's ADMIN: their agency's; a SYSTEM_ADMIN:
 * every agency's) and the audit log. Every page checks the area's roles on the server; the API
 * decides the rest (an official out of reach is its 404, shown as the console's 404 page).
 */
@Controller()
export class OfficialsAdminController {
  constructor(private readonly officials: OfficialApi) {}

  @Get(OFFICIALS_PATH)
  async list(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('trang') trang?: string,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const list = await readPage(
      trang,
      (query) => api.GET('/api/v1/admin/officials', { params: { query } }),
      'The officials list',
    );
    await sendPage(reply, <OfficialsListPage page={page} {...list} />);
  }

  @Get(`${OFFICIALS_PATH}/moi`)
  async inviteForm(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    await sendPage(
      reply,
      <InviteOfficialPage
        page={page}
        form={emptyForm()}
        roles={[]}
        agencies={await this.agencyOptions(request, api)}
      />,
    );
  }

  @Post(`${OFFICIALS_PATH}/moi`)
  async invite(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const body = bodyOf(request);
    const values = {
      email: textOf(body, 'email'),
      fullName: textOf(body, 'fullName'),
      phone: textOf(body, 'phone'),
      agencyCode: textOf(body, 'agencyCode'),
    };
    const roles = rolesOf(body);
    const { data, error, response } = await api.POST('/api/v1/admin/officials', {
      body: {
        email: values.email,
        fullName: values.fullName,
        ...(values.phone ? { phone: values.phone } : {}),
        roles: roles as Official['roles'],
        ...(values.agencyCode ? { agencyCode: values.agencyCode } : {}),
      },
    });
    if (data) {
      request.session.set(
        'flash',
        `Đã gửi thư mời tới ${data.email}. Cán bộ đặt mật khẩu qua đường dẫn trong thư.`,
      );
      return redirectTo(reply, `${OFFICIALS_PATH}/${data.id}`);
    }
    await sendPage(
      reply,
      <InviteOfficialPage
        page={page}
        form={formWithProblem(values, (error ?? {}) as Problem)}
        roles={roles}
        agencies={await this.agencyOptions(request, api)}
      />,
      response.status,
    );
  }

  @Get(`${OFFICIALS_PATH}/:id`)
  async show(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const official = await this.load(api, id);
    await sendPage(
      reply,
      <OfficialPage
        page={page}
        official={official}
        form={emptyForm()}
        agencies={await this.agencyOptions(request, api)}
      />,
    );
  }

  @Post(`${OFFICIALS_PATH}/:id`)
  async update(
    @Page() page: PageContext,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const body = bodyOf(request);
    const values = { fullName: textOf(body, 'fullName'), agencyCode: textOf(body, 'agencyCode') };
    const { data, error, response } = await api.PATCH('/api/v1/admin/officials/{id}', {
      params: { path: { id } },
      body: {
        fullName: values.fullName,
        roles: rolesOf(body) as Official['roles'],
        ...(values.agencyCode ? { agencyCode: values.agencyCode } : {}),
      },
    });
    if (response.status === 404) throw new NotFoundException();
    if (data) {
      request.session.set('flash', 'Đã lưu thay đổi.');
      return redirectTo(reply, `${OFFICIALS_PATH}/${id}`);
    }
    const official = await this.load(api, id);
    await sendPage(
      reply,
      <OfficialPage
        page={page}
        official={official}
        form={formWithProblem(values, (error ?? {}) as Problem)}
        agencies={await this.agencyOptions(request, api)}
      />,
      response.status,
    );
  }

  @Post(`${OFFICIALS_PATH}/:id/khoa`)
  disable(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.act(request, reply, id, 'disable', 'Đã khóa tài khoản; cán bộ bị đăng xuất ngay.');
  }

  @Post(`${OFFICIALS_PATH}/:id/mo-khoa`)
  enable(@Param('id') id: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    return this.act(request, reply, id, 'enable', 'Đã mở khóa tài khoản.');
  }

  @Post(`${OFFICIALS_PATH}/:id/dat-lai-xac-thuc`)
  resetSecondFactor(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.act(
      request,
      reply,
      id,
      'second-factor-reset',
      'Đã xóa ứng dụng xác thực; cán bộ bị đăng xuất và thiết lập lại ở lần đăng nhập sau.',
    );
  }

  @Post(`${OFFICIALS_PATH}/:id/gui-mat-khau`)
  async sendPasswordLink(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const { data, error, response } = await api.POST(
      '/api/v1/admin/officials/{id}/password-reset',
      { params: { path: { id } } },
    );
    if (response.status === 404) throw new NotFoundException();
    request.session.set(
      'flash',
      data
        ? data.sent === 'INVITATION'
          ? 'Đã gửi lại thư mời kích hoạt tài khoản.'
          : 'Đã gửi đường dẫn đặt lại mật khẩu tới thư điện tử của cán bộ.'
        : (error?.detail ?? 'Không gửi được đường dẫn.'),
    );
    await redirectTo(reply, `${OFFICIALS_PATH}/${id}`);
  }

  @Get(AUDIT_LOG_PATH)
  async auditLog(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('trang') trang?: string,
  ): Promise<void> {
    const api = this.officials.as(request, 'auditLog');
    const list = await readPage(
      trang,
      (query) => api.GET('/api/v1/admin/audit-log', { params: { query } }),
      'The audit log',
    );
    await sendPage(reply, <AuditLogPage page={page} {...list} />);
  }

  private async act(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    action: 'disable' | 'enable' | 'second-factor-reset',
    done: string,
  ): Promise<void> {
    const api = this.officials.as(request, 'officials');
    const { data, error, response } = await api.POST(`/api/v1/admin/officials/{id}/${action}`, {
      params: { path: { id } },
    });
    if (response.status === 404) throw new NotFoundException();
    request.session.set('flash', data ? done : (error?.detail ?? 'Không thực hiện được.'));
    await redirectTo(reply, `${OFFICIALS_PATH}/${id}`);
  }

  private async load(api: Api, id: string): Promise<Official> {
    const { data, response } = await api.GET('/api/v1/admin/officials/{id}', {
      params: { path: { id } },
    });
    if (response.status === 404 || response.status === 400) throw new NotFoundException();
    if (!data) throw new Error(`The official answered ${response.status}`);
    return data;
  }

  /** The agencies a SYSTEM_ADMIN places officials in; none for an agency's ADMIN (their own). */
  private async agencyOptions(request: FastifyRequest, api: Api): Promise<AgencyOption[]> {
    const roles = request.session.get('user')?.roles ?? [];
    if (!roles.includes(Role.SystemAdmin)) return [];
    const { data } = await api.GET('/api/v1/agencies');
    return (data?.items ?? []).map((a) => ({ code: a.code, name: a.name }));
  }
}
