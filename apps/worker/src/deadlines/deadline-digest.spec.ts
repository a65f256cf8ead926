import type { DueDossier, Official } from './deadline-digest';
import { groupDeadlines, renderDigest, vietnameseDate } from './deadline-digest';

const anh: Official = { id: 'u1', email: 'anh@example.gov.vn', fullName: 'Nguyễn Văn Anh' };
const binh: Official = { id: 'u2', email: 'binh@example.gov.vn', fullName: 'Trần Thị Bình' };
const chi: Official = { id: 'u3', email: 'chi@example.gov.vn', fullName: 'Lê Chi' };

const dossier = (
  code: string,
  appointmentDate: string,
  assigneeId: string | null,
  agencyId = 'a1',
): DueDossier => ({
  code,
  agencyId,
  assigneeId,
  appointmentDate,
});

describe('groupDeadlines', () => {
  it('sends each dossier to its assignee and every leader of its agency, overdue first', () => {
    const digests = groupDeadlines({
      today: '2026-12-02',
      dossiers: [
        dossier('D-SOON', '2026-12-03', 'u1'),
        dossier('D-LATE', '2026-11-30', 'u1'),
        dossier('D-TODAY', '2026-12-02', null),
        dossier('D-OTHER', '2026-12-01', 'u3', 'a2'),
      ],
      assignees: new Map([
        ['u1', anh],
        ['u3', chi],
      ]),
      leadersByAgency: new Map([['a1', [binh]]]),
    });
    expect(digests).toEqual([
      {
        recipient: anh,
        overdue: [{ code: 'D-LATE', appointmentDate: '2026-11-30' }],
        dueSoon: [{ code: 'D-SOON', appointmentDate: '2026-12-03' }],
      },
      {
        recipient: binh,
        overdue: [{ code: 'D-LATE', appointmentDate: '2026-11-30' }],
        dueSoon: [
          { code: 'D-TODAY', appointmentDate: '2026-12-02' },
          { code: 'D-SOON', appointmentDate: '2026-12-03' },
        ],
      },
      {
        recipient: chi,
        overdue: [{ code: 'D-OTHER', appointmentDate: '2026-12-01' }],
        dueSoon: [],
      },
    ]);
  });

  it('lists a dossier once for an assignee who is also a leader of its agency', () => {
    const digests = groupDeadlines({
      today: '2026-12-02',
      dossiers: [dossier('D-1', '2026-12-03', 'u2'), dossier('D-0', '2026-12-03', 'u2')],
      assignees: new Map([['u2', binh]]),
      leadersByAgency: new Map([['a1', [binh]]]),
    });
    expect(digests).toHaveLength(1);
    expect(digests[0].dueSoon.map((i) => i.code)).toEqual(['D-0', 'D-1']);
  });

  it('skips assignees it has no address for and agencies without leaders', () => {
    expect(
      groupDeadlines({
        today: '2026-12-02',
        dossiers: [dossier('D-1', '2026-12-01', 'u9')],
        assignees: new Map(),
        leadersByAgency: new Map(),
      }),
    ).toEqual([]);
  });
});

describe('renderDigest', () => {
  it('writes a Vietnamese mail with the codes and dates, overdue first', () => {
    const mail = renderDigest('2026-12-02', {
      recipient: anh,
      overdue: [{ code: 'D-LATE', appointmentDate: '2026-11-30' }],
      dueSoon: [{ code: 'D-SOON', appointmentDate: '2026-12-03' }],
    });
    expect(mail.subject).toBe('Hồ sơ sắp đến hạn / quá hạn ngày 02/12/2026');
    expect(mail.text).toContain('Kính gửi Nguyễn Văn Anh,');
    expect(mail.text).toContain('Hồ sơ quá hạn (1):\n- D-LATE: hẹn trả ngày 30/11/2026');
    expect(mail.text).toContain(
      'Hồ sơ đến hạn trong một ngày làm việc (1):\n- D-SOON: hẹn trả ngày 03/12/2026',
    );
    expect(mail.text.indexOf('D-LATE')).toBeLessThan(mail.text.indexOf('D-SOON'));
  });

  it('leaves out an empty section', () => {
    const mail = renderDigest('2026-12-02', {
      recipient: anh,
      overdue: [],
      dueSoon: [{ code: 'D-SOON', appointmentDate: '2026-12-03' }],
    });
    expect(mail.text).not.toContain('quá hạn (');
  });

  it('formats dates as dd/MM/yyyy', () => {
    expect(vietnameseDate('2027-01-09')).toBe('09/01/2027');
  });
});
