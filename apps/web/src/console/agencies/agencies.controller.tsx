import { Controller, Get, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { isAgencyCode, Role } from '@motcua/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isProblem, placeProblemErrors } from '../../forms';
import { bodyOf, redirectTo, sendPage, textOf } from '../../http/page-http';
import { Page, type PageContext } from '../../layout/page-context';
import { requireArea, requireRoles } from '../console-access';
import { OfficialApi } from '../official-api';
import {
  AGENCIES_PATH,
  AGENCY_INPUTS,
  AgencyFormPage,
  AgencyTreePage,
  emptyAgencyForm,
  NEW_AGENCY_PATH,
  type Agency,
  type AgencyFormState,
  type AgencyInput,
} from './agencies.pages';

const EDIT_PATH = `${AGENCIES_PATH}/:code/sua`;

/**
 * The agency tree: administrators read it, a system administrator adds and edits agencies.
 * The API checks the code, the placement and the tree; its problems are shown on the form.
 */
@Controller()
export class AgenciesController {
  constructor(private readonly officials: OfficialApi) {}

  @Get(AGENCIES_PATH)
  async tree(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const user = requireArea(request, 'agencies');
    const items = await this.list(request);
    await sendPage(
      reply,
      <AgencyTreePage page={page} items={items} editable={user.roles.includes(Role.SystemAdmin)} />,
    );
  }

  @Get(NEW_AGENCY_PATH)
  async newForm(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireRoles(request, [Role.SystemAdmin]);
    const agencies = await this.list(request);
    await sendPage(
      reply,
      <AgencyFormPage page={page} form={emptyAgencyForm()} agencies={agencies} />,
    );
  }

  @Post(NEW_AGENCY_PATH)
  async create(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    requireRoles(request, [Role.SystemAdmin]);
    const values = valuesOf(request);
    const api = this.officials.as(request, 'agencies');
    const res = await api.POST('/api/v1/admin/agencies', {
      body: {
        code: values.code,
        name: values.name,
        kind: values.kind as Agency['kind'],
        parentCode: values.parentCode || null,
      },
    });
    if (res.data) {
      request.session.set('flash', `Đã thêm cơ quan ${res.data.name}.`);
      return redirectTo(reply, AGENCIES_PATH);
    }
    const form = formWithProblem(values, res.error, res.response.status);
    const agencies = await this.list(request);
    await sendPage(
      reply,
      <AgencyFormPage page={page} form={form} agencies={agencies} />,
      res.response.status,
    );
  }

  @Get(EDIT_PATH)
  async editForm(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    requireRoles(request, [Role.SystemAdmin]);
    const agencies = await this.list(request);
    const agency = agencies.find((a) => a.code === code);
    if (!agency) throw new NotFoundException();
    const form = emptyAgencyForm({
      code: agency.code,
      name: agency.name,
      kind: agency.kind,
      parentCode: agency.parentCode ?? '',
    });
    await sendPage(
      reply,
      <AgencyFormPage page={page} form={form} agencies={agencies} editing={code} />,
    );
  }

  @Post(EDIT_PATH)
  async update(
    @Page() page: PageContext,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Param('code') code: string,
  ): Promise<void> {
    requireRoles(request, [Role.SystemAdmin]);
    if (!isAgencyCode(code)) throw new NotFoundException();
    const values = valuesOf(request);
    const api = this.officials.as(request, 'agencies');
    const res = await api.PATCH('/api/v1/admin/agencies/{code}', {
      params: { path: { code } },
      body: {
        code: values.code,
        name: values.name,
        kind: values.kind as Agency['kind'],
        parentCode: values.parentCode || null,
      },
    });
    if (res.data) {
      request.session.set('flash', `Đã lưu cơ quan ${res.data.name}.`);
      return redirectTo(reply, AGENCIES_PATH);
    }
    if (res.response.status === 404) throw new NotFoundException();
    const form = formWithProblem(values, res.error, res.response.status);
    const agencies = await this.list(request);
    await sendPage(
      reply,
      <AgencyFormPage page={page} form={form} agencies={agencies} editing={code} />,
      res.response.status,
    );
  }

  private async list(request: FastifyRequest): Promise<Agency[]> {
    const res = await this.officials.as(request, 'agencies').GET('/api/v1/admin/agencies');
    if (!res.data) throw new Error(`The agency list answered ${res.response.status}`);
    return res.data.items;
  }
}

function valuesOf(request: FastifyRequest): Record<AgencyInput, string> {
  const body = bodyOf(request);
  // an unknown kind goes to the API as it is, which names the kinds in its answer
  return {
    code: textOf(body, 'code'),
    name: textOf(body, 'name'),
    kind: textOf(body, 'kind'),
    parentCode: textOf(body, 'parentCode'),
  };
}

function formWithProblem(
  values: Record<AgencyInput, string>,
  problem: unknown,
  status: number,
): AgencyFormState {
  if (!isProblem(problem)) throw new Error(`Saving the agency answered ${status}`);
  const placed = placeProblemErrors(problem, (field) =>
    field in AGENCY_INPUTS ? AGENCY_INPUTS[field as AgencyInput] : undefined,
  );
  return { values, errors: placed.byTarget, summary: placed.summary };
}
