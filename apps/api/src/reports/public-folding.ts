import { DAILY_MEASURES } from '@motcua/database';
import type { MeasureRow } from '@motcua/database';

/** Fewer dossiers than this never make a public figure below the agency's total. */
export const PUBLIC_MIN_DOSSIERS = 5;

/** One procedure's sums over the period. */
export interface ProcedureMeasures {
  code: string;
  name: string;
  measures: MeasureRow;
}

/** What an agency's public row shows below its total. */
export interface FoldedProcedures {
  /** Procedures shown one by one, each with at least PUBLIC_MIN_DOSSIERS received. */
  listed: ProcedureMeasures[];
  /** The others added up; null when nothing is left over or what is left is too small. */
  other: MeasureRow | null;
}

export const receivedOf = (m: MeasureRow): number =>
  m.received_online + m.received_counter + m.received_postal;

function sum(rows: MeasureRow[]): MeasureRow {
  const total = Object.fromEntries(DAILY_MEASURES.map((m) => [m, 0])) as MeasureRow;
  for (const row of rows) for (const m of DAILY_MEASURES) total[m] += row[m];
  return total;
}

/**
 * Splits an agency's procedures into those shown one by one and the rest, added up, so that
 * nothing smaller than `min` received dossiers can be read or subtracted out below the agency's
 * total: each listed procedure has at least `min`, and the part of the total not shown (the
 * total minus the listed ones and `other`) is 0 or at least `min`. The procedures below `min`
 * are folded together; when that fold is itself below `min` (and so hidden, but recoverable as
 * total − listed), the smallest listed procedures join it (fewest received first, then by code)
 * until it reaches `min`. An agency with nothing listed keeps only its total (the contract's).
 */
export function foldSmallProcedures(
  procedures: ProcedureMeasures[],
  min: number = PUBLIC_MIN_DOSSIERS,
): FoldedProcedures {
  const bySize = [...procedures].sort(
    (a, b) =>
      receivedOf(a.measures) - receivedOf(b.measures) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  const listed = bySize.filter((p) => receivedOf(p.measures) >= min);
  const folded = bySize.filter((p) => receivedOf(p.measures) < min);
  let hidden = folded.reduce((n, p) => n + receivedOf(p.measures), 0);
  while (hidden > 0 && hidden < min && listed.length > 0) {
    const smallest = listed.shift()!;
    folded.push(smallest);
    hidden += receivedOf(smallest.measures);
  }
  const other = folded.length > 0 && hidden >= min ? sum(folded.map((p) => p.measures)) : null;
  listed.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { listed, other };
}
