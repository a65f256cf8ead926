import { isDossierCode } from '@motcua/domain';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A `:ref` names a dossier by its code or (drafts have none) its id; anything else names nothing. */
export function parseDossierRef(ref: string): { id: string } | { code: string } | null {
  if (UUID_PATTERN.test(ref)) return { id: ref.toLowerCase() };
  if (isDossierCode(ref)) return { code: ref };
  return null;
}
