import { NotFoundException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Api } from '../api/api-client';
import { isDossierRef, isDraftId } from '../api/dossier-ref';
import type { Dossier, Procedure } from './filing/filing.types';

export { isDossierRef, isDraftId };

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
