import { DAILY_MEASURES } from '@motcua/database';
import { funnel, postal, processingTime, rate, received, resolved } from './figures';
import type { MeasureRow } from '@motcua/database';

const row = (values: Partial<MeasureRow>): MeasureRow => ({
  ...(Object.fromEntries(DAILY_MEASURES.map((m) => [m, 0])) as MeasureRow),
  ...values,
});

describe('report figures', () => {
  it('rounds rates to 4 decimals and gives 0 when there is nothing to divide', () => {
    expect(rate(4, 9)).toBe(0.4444);
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(1, 32)).toBe(0.0313);
    expect(rate(0, 0)).toBe(0);
  });

  it('adds up the channels and the timeliness buckets', () => {
    const r = row({
      received_online: 4,
      received_counter: 4,
      received_postal: 1,
      resolved_early: 2,
      resolved_on_time: 2,
      resolved_late: 2,
    });
    expect(received(r)).toEqual({ total: 9, online: 4, counter: 4, postal: 1, onlineRate: 0.4444 });
    expect(resolved(r)).toEqual({ total: 6, early: 2, onTime: 2, late: 2, onTimeRate: 0.6667 });
  });

  it('names the postal outcomes of the API contract', () => {
    expect(postal(row({ dispatched: 3, delivered: 2, returned_to_sender: 1 }))).toEqual({
      dispatched: 3,
      delivered: 2,
      failed: 1,
    });
  });

  it('takes the drafts still open now from those begun in the period', () => {
    const now = { key: null, in_progress: 0, overdue: 0, drafts: 1 };
    expect(funnel(row({ online_started: 5 }), now)).toEqual({
      started: 5,
      submitted: 4,
      abandoned: 1,
      abandonedRate: 0.2,
    });
  });

  it('has no processing time without a resolved dossier', () => {
    expect(processingTime(undefined)).toEqual({
      dossiers: 0,
      averageWorkingDays: null,
      medianWorkingDays: null,
    });
    expect(processingTime({ key: null, dossiers: 6, average: 6.67, median: 6.5 })).toEqual({
      dossiers: 6,
      averageWorkingDays: 6.67,
      medianWorkingDays: 6.5,
    });
  });
});
