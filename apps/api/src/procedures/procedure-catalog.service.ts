import { Injectable } from '@nestjs/common';
import { ProcedureRepository } from '@motcua/database';
import type { Executor } from '@motcua/database';
import { ProcedureForFiling } from './procedure-for-filing';

/** Long enough to spare the database on the filing hot path, short enough for admin edits. */
export const CATALOG_TTL_MS = 30_000;
/** Codes are few; the cap only guards memory against lookups of many unknown-but-valid codes. */
const MAX_ENTRIES = 5_000;

interface Entry {
  expiresAt: number;
  value: Promise<ProcedureForFiling | null>;
}

/**
 * Procedures as the dossier feature needs them, cached per process for 30 s. Entries are
 * frozen because every caller shares them. Edits made by this process drop the entry at once;
 * other processes see them within the TTL.
 */
@Injectable()
export class ProcedureCatalog {
  private readonly cache = new Map<string, Entry>();

  constructor(private readonly procedures: ProcedureRepository) {}

  /**
   * A cold entry is read on `manager`: inside a transaction, on the transaction's own
   * connection. Callers that find the read in flight share it.
   */
  findForFiling(manager: Executor, code: string): Promise<ProcedureForFiling | null> {
    const now = Date.now();
    const cached = this.cache.get(code);
    if (cached && cached.expiresAt > now) return cached.value;

    // the promise itself is cached, so a burst of requests makes one query
    const value = this.load(manager, code);
    if (this.cache.size >= MAX_ENTRIES) this.cache.clear();
    this.cache.set(code, { expiresAt: now + CATALOG_TTL_MS, value });
    value.then(
      (found) => {
        // unknown codes are not remembered: a procedure created elsewhere must show up at once
        if (found === null) this.dropIf(code, value);
      },
      () => this.dropIf(code, value),
    );
    return value;
  }

  /** Forget a procedure after this process created or changed it. */
  invalidate(code: string): void {
    this.cache.delete(code);
  }

  private dropIf(code: string, value: Promise<ProcedureForFiling | null>): void {
    if (this.cache.get(code)?.value === value) this.cache.delete(code);
  }

  private async load(manager: Executor, code: string): Promise<ProcedureForFiling | null> {
    const row = await this.procedures.findForFiling(manager, code);
    if (!row) return null;
    return deepFreeze({
      id: row.id,
      code: row.code,
      name: row.name,
      agencyId: row.agency_id,
      agencyCode: row.agency_code,
      agencyName: row.agency_name,
      processingDays: row.processing_days,
      postalDelivery: row.postal_delivery,
      fields: row.fields,
      requiredDocuments: row.required_documents,
    });
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
