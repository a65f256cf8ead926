import { Injectable } from '@nestjs/common';
import type { Api } from '../../api/api-client';

const KEEP_MS = 30_000;

export interface QueueCounts {
  items: { status: string; statusLabel: string; count: number; overdue: number }[];
  /** When the API counted them. */
  at: Date;
}

/**
 * The agency's dossiers per status of its work (`GET /dossiers/counts`), kept half a minute
 * per agency: every official of the agency opens the work list many times an hour, and the
 * counts read every dossier in progress, where the list's page reads twenty. The page says
 * when they were counted.
 */
@Injectable()
export class QueueCountsCache {
  private readonly cache = new Map<string, QueueCounts>();

  /** `api` makes the official's client, only when the counts must be asked again. */
  async ofAgency(api: () => Api, agencyCode: string | undefined): Promise<QueueCounts | undefined> {
    const key = agencyCode ?? '';
    const cached = this.cache.get(key);
    if (cached && Date.now() - cached.at.getTime() < KEEP_MS) return cached;
    const { data } = await api().GET('/api/v1/dossiers/counts');
    if (!data) return undefined;
    const counts = { items: data.items, at: new Date() };
    this.cache.set(key, counts);
    return counts;
  }
}
