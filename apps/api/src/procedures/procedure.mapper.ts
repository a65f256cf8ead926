import type { ProcedureField, RequiredDocument } from '@motcua/domain';
import type { ProcedureRecord, ProcedureRow } from '@motcua/database';
import type { ProcedureDto } from './dto/procedure.dto';

/** A stored procedure and its agency → public shape; optional field properties only when set. */
export function toProcedureDto(
  entity: Omit<ProcedureRecord, 'id'>,
  agency: { code: string; name: string },
): ProcedureDto {
  return {
    code: entity.code,
    name: entity.name,
    agencyCode: agency.code,
    agencyName: agency.name,
    processingDays: entity.processingDays,
    fee: entity.fee,
    onlineLevel: entity.onlineLevel,
    postalDelivery: entity.postalDelivery,
    purpose: textOrNull(entity.purpose),
    eligibility: textOrNull(entity.eligibility),
    requiredDocuments: entity.requiredDocuments.map(toRequiredDocument),
    fields: entity.fields.map(toField),
  };
}

/** A search result row → public shape. */
export function toProcedureDtoFromRow(row: ProcedureRow): ProcedureDto {
  return {
    code: row.code,
    name: row.name,
    agencyCode: row.agencyCode,
    agencyName: row.agencyName,
    processingDays: row.processingDays,
    fee: row.fee,
    onlineLevel: row.onlineLevel,
    postalDelivery: row.postalDelivery,
    purpose: textOrNull(row.purpose),
    eligibility: textOrNull(row.eligibility),
    requiredDocuments: row.requiredDocuments.map(toRequiredDocument),
    fields: row.fields.map(toField),
  };
}

/** An unwritten (NULL) or cleared (empty) text both read as null. */
function textOrNull(text: string | null): string | null {
  return text === null || text.trim() === '' ? null : text;
}

export function toRequiredDocument(doc: RequiredDocument): RequiredDocument {
  return { code: doc.code, name: doc.name, required: doc.required };
}

export function toField(field: ProcedureField): ProcedureField {
  const out: ProcedureField = {
    key: field.key,
    label: field.label,
    type: field.type,
    required: field.required,
  };
  if (field.options !== undefined) out.options = [...field.options];
  if (field.maxLength !== undefined) out.maxLength = field.maxLength;
  if (field.min !== undefined) out.min = field.min;
  if (field.max !== undefined) out.max = field.max;
  return out;
}
