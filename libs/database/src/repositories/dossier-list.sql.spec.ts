import { DossierStatus } from '@motcua/domain';
import { buildDossierListQuery, buildStatusCountsQuery } from './dossier-list.sql';

const page = { offset: 40, limit: 20 };
const today = '2026-11-26';

describe('dossier list SQL', () => {
  it("shows an agency's dossiers without drafts, soonest due first", () => {
    const q = buildDossierListQuery({ agencyId: 'a1' }, { today }, page);
    expect(q.rowsSql).toMatch(/d\.agency_id = \$1 AND d\.status <> 'DRAFT'/);
    expect(q.rowsSql).toMatch(/ORDER BY d\.appointment_date ASC NULLS LAST/);
    expect(q.rowsSql).not.toMatch(/UNION|received_by_agency_id =/);
    expect(q.rowsParams).toEqual(['a1', 20, 40]);
    expect(q.countParams).toEqual(['a1']);
  });

  it('adds what a service centre received for other agencies, as a second ordered part', () => {
    const q = buildDossierListQuery(
      { agencyId: 'a1', receivedToo: true },
      { today, status: DossierStatus.Received },
      page,
    );
    const parts = q.rowsSql.split('UNION ALL');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(/d\.agency_id = \$1 AND d\.status <> 'DRAFT' AND d\.status = \$2/);
    expect(parts[1]).toMatch(
      /d\.received_by_agency_id = \$1 AND d\.agency_id <> \$1 AND d\.status <> 'DRAFT' AND d\.status = \$2/,
    );
    for (const part of parts)
      expect(part).toMatch(/ORDER BY d\.appointment_date ASC NULLS LAST, d\.id LIMIT \$3/);
    // never one OR over the two columns, which no index serves in order
    expect(q.rowsSql).not.toMatch(/ OR /);
    expect(q.countSql).toMatch(
      /\(SELECT count\(\*\) FROM dossiers d WHERE d\.agency_id = \$1 .*\+ \(SELECT count/s,
    );
    expect(q.countParams).toEqual(['a1', 'RECEIVED']);
    // each part is cut at the page's end (offset + limit) before the page is taken
    expect(q.rowsParams).toEqual(['a1', 'RECEIVED', 60, 20, 40]);
  });

  it("shows a citizen's own dossiers, newest first", () => {
    const q = buildDossierListQuery({ ownerId: 'u1' }, { today }, page);
    expect(q.rowsSql).toMatch(/d\.owner_id = \$1/);
    expect(q.rowsSql).not.toMatch(/DRAFT/);
    expect(q.rowsSql).not.toMatch(/UNION|received_by_agency_id =/);
    expect(q.rowsSql).toMatch(/ORDER BY d\.created_at DESC/);
    expect(q.rowsParams).toEqual(['u1', 20, 40]);
  });

  it('passes every filter value as a parameter, never inside the SQL', () => {
    const q = buildDossierListQuery(
      { agencyId: 'a1' },
      {
        today,
        status: DossierStatus.Processing,
        assigneeId: 'u2',
        overdue: true,
        dueBefore: '2026-12-01',
        receivedFrom: '2026-11-01',
        q: "Nguyễn'; DROP TABLE dossiers; --",
      },
      page,
    );
    expect(q.rowsSql).not.toContain('DROP TABLE');
    expect(q.countParams).toEqual([
      'a1',
      'PROCESSING',
      'u2',
      today,
      '2026-12-01',
      '2026-11-01',
      "%Nguyễn'; DROP TABLE dossiers; --%",
    ]);
    expect(q.rowsParams.slice(-2)).toEqual([20, 40]);
  });

  it('searches a code by prefix and a name by substring, with LIKE wildcards escaped', () => {
    const code = buildDossierListQuery(
      { agencyId: 'a1' },
      { today, q: '000.00.00.H00-2611' },
      page,
    );
    expect(code.rowsSql).toMatch(/d\.code LIKE \$2/);
    expect(code.countParams[1]).toBe('000.00.00.H00-2611%');
    const name = buildDossierListQuery({ agencyId: 'a1' }, { today, q: '50%_off' }, page);
    expect(name.rowsSql).toMatch(/d\.applicant_full_name ILIKE \$2/);
    expect(name.countParams[1]).toBe('%50\\%\\_off%');
  });

  it('counts a dossier as overdue only while no result is ready', () => {
    const q = buildDossierListQuery({ agencyId: 'a1' }, { today, overdue: false }, page);
    expect(q.rowsSql).toMatch(
      /NOT \(d\.appointment_date < \$2::date AND d\.status IN \('[A-Z_',]+'\)\)/,
    );
    expect(q.rowsSql).not.toMatch(/'RETURNED'/);
  });

  it('counts the statuses an agency has work in, every value a parameter', () => {
    const q = buildStatusCountsQuery({ agencyId: 'a1' }, today);
    expect(q.sql).toMatch(/d\.agency_id = \$1 AND d\.status <> 'DRAFT'/);
    expect(q.sql).toMatch(/GROUP BY d\.status/);
    expect(q.params[0]).toBe('a1');
    expect(q.params[1]).toBe(today);
    const unfinished = [
      'SUBMITTED',
      'SUPPLEMENT_REQUIRED',
      'RECEIVED',
      'PROCESSING',
      'AWAITING_APPROVAL',
    ];
    // overdue only while unfinished; a result waiting at the desk is counted, never overdue
    expect(q.params[2]).toEqual(unfinished);
    expect(q.params[3]).toEqual([...unfinished, 'RESULT_READY']);
  });

  it("counts a service centre's own dossiers and those it received, by the list's two parts", () => {
    const q = buildStatusCountsQuery({ agencyId: 'a1', receivedToo: true }, today);
    const list = buildDossierListQuery({ agencyId: 'a1', receivedToo: true }, { today }, page);
    const parts = q.sql.split('UNION ALL');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toMatch(
      /d\.agency_id = \$1 AND d\.status <> 'DRAFT' AND d\.status = ANY\(\$4/,
    );
    expect(parts[1]).toMatch(
      /d\.received_by_agency_id = \$1 AND d\.agency_id <> \$1 AND d\.status <> 'DRAFT' AND d\.status = ANY\(\$4/,
    );
    // the same conditions as the list's parts
    for (const conditions of [
      "d.agency_id = $1 AND d.status <> 'DRAFT'",
      "d.received_by_agency_id = $1 AND d.agency_id <> $1 AND d.status <> 'DRAFT'",
    ]) {
      expect(q.sql).toContain(conditions);
      expect(list.countSql).toContain(conditions);
    }
    expect(q.sql).not.toMatch(/ OR /);
    expect(q.sql).toMatch(/GROUP BY d\.status/);
    expect(q.params[0]).toBe('a1');
  });
});
