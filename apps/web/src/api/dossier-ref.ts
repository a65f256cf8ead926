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

/** A file id from an address (the API's files are named by UUID). */
export function isFileId(id: string): boolean {
  return UUID.test(id);
}
