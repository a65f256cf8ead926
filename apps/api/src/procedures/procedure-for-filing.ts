import type { ProcedureField, RequiredDocument } from '@motcua/domain';

/** What filing a dossier needs to know about a procedure (ProcedureCatalog.findForFiling). */
export interface ProcedureForFiling {
  id: string;
  code: string;
  name: string;
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  processingDays: number;
  postalDelivery: boolean;
  fields: ProcedureField[];
  requiredDocuments: RequiredDocument[];
}
