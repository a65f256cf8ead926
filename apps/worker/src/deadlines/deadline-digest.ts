/**
 * Pure part of the deadline watch: who hears about which dossier, and the mail they get.
 * Dates are `YYYY-MM-DD` strings (Asia/Ho_Chi_Minh), so they compare lexically.
 */

/** An unfinished dossier whose appointment date is on or before the watch's horizon. */
export interface DueDossier {
  code: string;
  agencyId: string;
  assigneeId: string | null;
  appointmentDate: string;
}

/** An official who may be told: the assignee of a dossier or a leader of its agency. */
export interface Official {
  id: string;
  email: string;
  fullName: string;
}

export interface DigestItem {
  code: string;
  appointmentDate: string;
}

/** What one official is told on one day. Both lists sorted by appointment date, then code. */
export interface Digest {
  recipient: Official;
  overdue: DigestItem[];
  dueSoon: DigestItem[];
}

export interface DigestInput {
  today: string;
  dossiers: readonly DueDossier[];
  /** Officials by id: the assignees. One without an email address is not told. */
  assignees: ReadonlyMap<string, Official>;
  /** The leaders of each agency. */
  leadersByAgency: ReadonlyMap<string, readonly Official[]>;
}

const byDateThenCode = (a: DigestItem, b: DigestItem): number =>
  a.appointmentDate === b.appointmentDate
    ? a.code.localeCompare(b.code)
    : a.appointmentDate < b.appointmentDate
      ? -1
      : 1;

/**
 * One digest per official: each dossier goes to its assignee (if any) and to every leader of
 * its agency, once per official even when they are both. Overdue means the appointment date
 * is before `today`; the rest are due soon. Digests come ordered by recipient id.
 */
export function groupDeadlines(input: DigestInput): Digest[] {
  const digests = new Map<string, { recipient: Official; items: Map<string, DigestItem> }>();
  const add = (official: Official, dossier: DueDossier): void => {
    let digest = digests.get(official.id);
    if (!digest) {
      digest = { recipient: official, items: new Map() };
      digests.set(official.id, digest);
    }
    digest.items.set(dossier.code, {
      code: dossier.code,
      appointmentDate: dossier.appointmentDate,
    });
  };
  for (const dossier of input.dossiers) {
    const assignee = dossier.assigneeId ? input.assignees.get(dossier.assigneeId) : undefined;
    if (assignee) add(assignee, dossier);
    for (const leader of input.leadersByAgency.get(dossier.agencyId) ?? []) add(leader, dossier);
  }
  return [...digests.values()]
    .sort((a, b) =>
      a.recipient.id < b.recipient.id ? -1 : a.recipient.id > b.recipient.id ? 1 : 0,
    )
    .map(({ recipient, items }) => {
      const all = [...items.values()].sort(byDateThenCode);
      return {
        recipient,
        overdue: all.filter((i) => i.appointmentDate < input.today),
        dueSoon: all.filter((i) => i.appointmentDate >= input.today),
      };
    });
}

/** `2026-12-02` → `02/12/2026`. */
export function vietnameseDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The mail of one digest (Vietnamese, plain text). It names the dossiers by code and
 * appointment date only: no applicant data.
 */
export function renderDigest(today: string, digest: Digest): { subject: string; text: string } {
  const line = (i: DigestItem): string =>
    `- ${i.code}: hẹn trả ngày ${vietnameseDate(i.appointmentDate)}`;
  const sections: string[] = [];
  if (digest.overdue.length > 0) {
    sections.push(
      [`Hồ sơ quá hạn (${digest.overdue.length}):`, ...digest.overdue.map(line)].join('\n'),
    );
  }
  if (digest.dueSoon.length > 0) {
    sections.push(
      [
        `Hồ sơ đến hạn trong một ngày làm việc (${digest.dueSoon.length}):`,
        ...digest.dueSoon.map(line),
      ].join('\n'),
    );
  }
  const text = [
    `Kính gửi ${digest.recipient.fullName},`,
    `Tính đến ngày ${vietnameseDate(today)}, các hồ sơ sau đã quá hạn hoặc sắp đến hạn trả kết quả:`,
    ...sections,
    'Đề nghị đồng chí kiểm tra và xử lý kịp thời.',
    'Thư này được gửi tự động từ hệ thống Một cửa điện tử, vui lòng không trả lời.',
  ].join('\n\n');
  return { subject: `Hồ sơ sắp đến hạn / quá hạn ngày ${vietnameseDate(today)}`, text };
}
