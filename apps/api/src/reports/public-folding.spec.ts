import { DAILY_MEASURES } from '@motcua/database';
import type { ProcedureMeasures } from './public-folding';
import { foldSmallProcedures, receivedOf } from './public-folding';
import type { MeasureRow } from '@motcua/database';

const measures = (values: Partial<MeasureRow>): MeasureRow => ({
  ...(Object.fromEntries(DAILY_MEASURES.map((m) => [m, 0])) as MeasureRow),
  ...values,
});
/** A procedure with `received` counter dossiers, `online` of them online instead. */
const proc = (code: string, received: number, online = 0, resolved = 0): ProcedureMeasures => ({
  code,
  name: `Thủ tục ${code}`,
  measures: measures({
    received_online: online,
    received_counter: received - online,
    resolved_on_time: resolved,
  }),
});
const codes = (procedures: ProcedureMeasures[]) => procedures.map((p) => p.code);
/** Received of the agency that the answer does not show: total − listed − other. */
function remainder(procedures: ProcedureMeasures[]): number {
  const total = procedures.reduce((n, p) => n + receivedOf(p.measures), 0);
  const { listed, other } = foldSmallProcedures(procedures);
  return (
    total - listed.reduce((n, p) => n + receivedOf(p.measures), 0) - (other ? receivedOf(other) : 0)
  );
}

describe('foldSmallProcedures', () => {
  it('lists the procedures with at least 5 and folds the small ones when they reach 5', () => {
    const { listed, other } = foldSmallProcedures([
      proc('b', 7, 4),
      proc('a', 3, 1),
      proc('c', 2, 2),
      proc('d', 5),
    ]);
    expect(codes(listed)).toEqual(['b', 'd']);
    expect(other).toEqual(measures({ received_online: 3, received_counter: 2 }));
  });

  it('folds the smallest listed procedure in when the small ones alone are 1 to 4', () => {
    // p2 alone (2) would be recoverable as total 9 − p1 7
    const { listed, other } = foldSmallProcedures([proc('p1', 7, 4, 5), proc('p2', 2, 0, 1)]);
    expect(listed).toEqual([]);
    expect(other).toEqual(
      measures({ received_online: 4, received_counter: 5, resolved_on_time: 6 }),
    );
  });

  it('folds the fewest-received listed procedure first, ties by code', () => {
    const { listed, other } = foldSmallProcedures([
      proc('x', 9),
      proc('m', 6),
      proc('k', 6),
      proc('s', 4),
    ]);
    expect(codes(listed)).toEqual(['m', 'x']);
    expect(other && receivedOf(other)).toBe(10);
  });

  it('leaves nothing over when no procedure is small', () => {
    expect(foldSmallProcedures([proc('a', 5), proc('b', 6)])).toEqual({
      listed: [proc('a', 5), proc('b', 6)],
      other: null,
    });
  });

  it('shows only the total of an agency whose procedures add up to fewer than 5', () => {
    expect(foldSmallProcedures([proc('a', 2), proc('b', 1)])).toEqual({ listed: [], other: null });
    expect(foldSmallProcedures([])).toEqual({ listed: [], other: null });
  });

  it('keeps in the fold procedures with no dossier received but some resolved', () => {
    const { listed, other } = foldSmallProcedures([proc('a', 5), proc('b', 0, 0, 3)]);
    expect(codes(listed)).toEqual(['a']);
    // nothing received is left over, so no other row (its resolutions are in the total's rate)
    expect(other).toBeNull();
    const folded = foldSmallProcedures([proc('a', 6), proc('b', 0, 0, 3), proc('c', 5)]);
    expect(folded.other).toBeNull();
    const withSmall = foldSmallProcedures([proc('a', 6), proc('b', 0, 0, 3), proc('c', 4)]);
    expect(withSmall.other).toEqual(measures({ received_counter: 10, resolved_on_time: 3 }));
  });

  it('never leaves 1 to 4 received dossiers to be subtracted out, whatever the sizes', () => {
    // every agency of up to 4 procedures of 0..9 received each
    const sizes = Array.from({ length: 10 }, (_, i) => i);
    let agencies = 0;
    const visit = (prefix: number[]) => {
      if (prefix.length > 0) {
        const procedures = prefix.map((n, i) => proc(`p${i}`, n));
        const total = prefix.reduce((a, b) => a + b, 0);
        const left = remainder(procedures);
        const { listed, other } = foldSmallProcedures(procedures);
        agencies += 1;
        if (total >= 5) expect(left).toBe(0);
        else expect(left).toBe(total);
        for (const p of listed) expect(receivedOf(p.measures)).toBeGreaterThanOrEqual(5);
        if (other) expect(receivedOf(other)).toBeGreaterThanOrEqual(5);
      }
      if (prefix.length < 4) for (const n of sizes) visit([...prefix, n]);
    };
    visit([]);
    expect(agencies).toBe(10 + 100 + 1000 + 10000);
  });
});
