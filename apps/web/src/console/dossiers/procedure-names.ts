import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiClient } from '../../api/api-client';

const KEEP_MS = 5 * 60_000;

/**
 * The names of an agency's procedures, for the work list's procedure filter. Read from the
 * public catalogue and kept a few minutes per agency, so the list's every page does not ask
 * for a catalogue that changes a few times a year.
 */
@Injectable()
export class ProcedureNames {
  private readonly cache = new Map<
    string,
    { at: number; items: { code: string; name: string }[] }
  >();

  constructor(private readonly api: ApiClient) {}

  async ofAgency(
    request: FastifyRequest,
    agencyCode: string | undefined,
  ): Promise<{ code: string; name: string }[]> {
    const key = agencyCode ?? '';
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at < KEEP_MS) return cached.items;
    const { data } = await this.api.anonymous(request).GET('/api/v1/procedures', {
      params: { query: { ...(agencyCode ? { agencyCode } : {}), limit: 100 } },
    });
    const items = (data?.items ?? []).map((p) => ({ code: p.code, name: p.name }));
    if (data) this.cache.set(key, { at: Date.now(), items });
    return items;
  }
}
