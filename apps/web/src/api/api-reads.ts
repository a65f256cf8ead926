import { NotFoundException } from '@nestjs/common';
import type { Api, components } from './api-client';
import { isDossierRef } from './dossier-ref';

type Procedure = components['schemas']['ProcedureDto'];
type Dossier = components['schemas']['DossierResponse'];

/** A procedure of the catalogue; 404 for one the API does not know. */
export async function loadProcedure(api: Api, code: string): Promise<Procedure> {
  const { data } = await api.GET('/api/v1/procedures/{code}', { params: { path: { code } } });
  if (!data) throw new NotFoundException();
  return data;
}

/**
 * A dossier by its code or a draft's id, as the signed-in person may see it; 404 for a
 * reference that is not well formed, and for a dossier the API does not show them.
 */
export async function loadDossier(api: Api, ref: string): Promise<Dossier> {
  if (!isDossierRef(ref)) throw new NotFoundException();
  const { data } = await api.GET('/api/v1/dossiers/{ref}', { params: { path: { ref } } });
  if (!data) throw new NotFoundException();
  return data;
}
