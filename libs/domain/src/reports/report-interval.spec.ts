import { bucketCount, bucketKey, reportBuckets } from './report-interval';

describe('report intervals (Vietnamese calendar days)', () => {
  it('keys a day by the Monday of its ISO week and the first of its month', () => {
    expect(bucketKey('2026-03-04', 'week')).toBe('2026-03-02'); // Wednesday → Monday
    expect(bucketKey('2026-03-02', 'week')).toBe('2026-03-02'); // Monday itself
    expect(bucketKey('2026-03-08', 'week')).toBe('2026-03-02'); // Sunday ends the week
    expect(bucketKey('2026-01-01', 'week')).toBe('2025-12-29'); // across a year
    expect(bucketKey('2026-03-31', 'month')).toBe('2026-03-01');
    expect(bucketKey('2026-03-31', 'day')).toBe('2026-03-31');
  });

  it('cuts the first and last weeks to the period', () => {
    expect(reportBuckets('2026-03-04', '2026-03-17', 'week')).toEqual([
      { key: '2026-03-02', from: '2026-03-04', to: '2026-03-08' },
      { key: '2026-03-09', from: '2026-03-09', to: '2026-03-15' },
      { key: '2026-03-16', from: '2026-03-16', to: '2026-03-17' },
    ]);
  });

  it('gives whole months, February and December included', () => {
    expect(reportBuckets('2024-01-15', '2024-03-02', 'month')).toEqual([
      { key: '2024-01-01', from: '2024-01-15', to: '2024-01-31' },
      { key: '2024-02-01', from: '2024-02-01', to: '2024-02-29' },
      { key: '2024-03-01', from: '2024-03-01', to: '2024-03-02' },
    ]);
    expect(reportBuckets('2025-12-01', '2026-01-31', 'month').map((b) => b.to)).toEqual([
      '2025-12-31',
      '2026-01-31',
    ]);
  });

  it('gives one bucket per day, the period of one day too', () => {
    expect(reportBuckets('2026-03-01', '2026-03-01', 'day')).toEqual([
      { key: '2026-03-01', from: '2026-03-01', to: '2026-03-01' },
    ]);
    expect(reportBuckets('2026-02-27', '2026-03-02', 'day').map((b) => b.key)).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('counts the buckets as reportBuckets makes them', () => {
    for (const [from, to] of [
      ['2026-03-04', '2026-03-17'],
      ['2025-01-01', '2026-01-01'],
      ['2026-03-08', '2026-03-09'],
      ['2024-02-29', '2024-02-29'],
    ]) {
      for (const interval of ['day', 'week', 'month'] as const) {
        expect(bucketCount(from, to, interval)).toBe(reportBuckets(from, to, interval).length);
      }
    }
    expect(bucketCount('2025-01-01', '2026-01-01', 'day')).toBe(366);
  });
});
