import { NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Api } from '../api/api-client';
import type { Dossier, Procedure } from './filing/filing.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// <agency identifier>-<YYMMDD>-<NNNN>
const DOSSIER_CODE = /^[0-9A-Z.]{5,20}-\d{6}-\d{4}$/;

/** A dossier reference from an address: a code, or a draft's id. */
export function isDossierRef(ref: string): boolean {
  return UUID.test(ref) || DOSSIER_CODE.test(ref);
}

export function isDraftId(id: string): boolean {
  return UUID.test(id);
}

export async function loadProcedure(api: Api, code: string): Promise<Procedure> {
  const { data } = await api.GET('/api/v1/procedures/{code}', { params: { path: { code } } });
  if (!data) throw new NotFoundException();
  return data;
}

/** The signed-in citizen's dossier; 404 for one that is not theirs (as the API answers). */
export async function loadDossier(api: Api, ref: string): Promise<Dossier> {
  if (!isDossierRef(ref)) throw new NotFoundException();
  const { data } = await api.GET('/api/v1/dossiers/{ref}', { params: { path: { ref } } });
  if (!data) throw new NotFoundException();
  return data;
}

export type { FastifyRequest };
