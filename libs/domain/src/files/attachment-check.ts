/**
 * Intake re-verifies every attached file of a submitted dossier: the bytes in the file store
 * must still hash to the SHA-256 recorded at upload. These are the rules of that check, with
 * no I/O: the worker reads the files and the database, this decides what the outcome is.
 */

/** What can be wrong with one attached file. */
export enum AttachmentProblemKind {
  /** No `files` row for the id, or no stored bytes for its digest. */
  Missing = 'MISSING',
  /** The stored bytes hash to something else than the digest recorded at upload. */
  HashMismatch = 'HASH_MISMATCH',
  /**
   * Could not be verified: the file store kept failing to read it (a fault of the store, not
   * evidence against the file), so intake gave up on its last attempt and let the applicant
   * be told all the same. Not flagged in the history; an official checks the file by hand.
   */
  Unverified = 'UNVERIFIED',
}

/** One attachment of the dossier as intake finds it. */
export interface AttachmentDigest {
  documentCode: string;
  fileId: string;
  /** SHA-256 recorded at upload (`files.sha256`); null when the file row is gone. */
  recordedSha256: string | null;
  /** SHA-256 of the bytes read back from the store; null when there were none. */
  actualSha256: string | null;
  /** True when the store failed to read it (not absent: an I/O fault), so nothing is known. */
  unreadable?: boolean;
}

export interface AttachmentProblem {
  documentCode: string;
  fileId: string;
  problem: AttachmentProblemKind;
}

/** The outcome stored on the dossier (`dossiers.attachment_check`). */
export interface AttachmentCheck {
  /** ISO instant of the check. */
  verifiedAt: string;
  /** True when every attachment was found with its recorded digest. */
  ok: boolean;
  /** How many attachments were checked. */
  checked: number;
  problems: AttachmentProblem[];
  /** The outbox event (submission) the check belongs to: a later one supersedes it. */
  outboxId: string;
  /**
   * Internal (not shown): ISO instant at which intake had handled the applicant's notice of
   * this arrival. A "received" notice of an online dossier waits for it (notice order).
   */
  noticeDoneAt?: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What is wrong with one attachment, or null when its bytes are intact. */
export function attachmentProblem(
  digest: Pick<AttachmentDigest, 'recordedSha256' | 'actualSha256' | 'unreadable'>,
): AttachmentProblemKind | null {
  const recorded = digest.recordedSha256?.trim().toLowerCase() ?? null;
  // no files row is known for certain; a read that failed proves nothing either way
  if (recorded && digest.unreadable) return AttachmentProblemKind.Unverified;
  if (!recorded || digest.actualSha256 === null) return AttachmentProblemKind.Missing;
  // a malformed recorded digest can never match: the file cannot be vouched for
  if (!SHA256_HEX.test(recorded)) return AttachmentProblemKind.HashMismatch;
  return digest.actualSha256.toLowerCase() === recorded ? null : AttachmentProblemKind.HashMismatch;
}

/** The outcome of checking all of a dossier's attachments (none attached is a pass). */
export function attachmentCheckOf(
  digests: readonly AttachmentDigest[],
  outboxId: string,
  verifiedAt: Date,
): AttachmentCheck {
  const problems: AttachmentProblem[] = [];
  for (const digest of digests) {
    const problem = attachmentProblem(digest);
    if (problem)
      problems.push({ documentCode: digest.documentCode, fileId: digest.fileId, problem });
  }
  return {
    verifiedAt: verifiedAt.toISOString(),
    ok: problems.length === 0,
    checked: digests.length,
    problems,
    outboxId,
  };
}

const PROBLEM_TEXT: Record<AttachmentProblemKind, string> = {
  [AttachmentProblemKind.Missing]: 'không tìm thấy tệp đã lưu',
  [AttachmentProblemKind.HashMismatch]: 'nội dung tệp khác với khi nộp (mã SHA-256 không khớp)',
  [AttachmentProblemKind.Unverified]: 'không đọc được tệp để kiểm tra',
};

/**
 * The problems that flag the dossier in its history: evidence that a file is missing or was
 * altered. A file that could not be read is no such evidence, and history is never edited.
 */
export function flaggedProblems(problems: readonly AttachmentProblem[]): AttachmentProblem[] {
  return problems.filter((p) => p.problem !== AttachmentProblemKind.Unverified);
}

/**
 * The history note that flags a failed check for an official, in Vietnamese: each
 * document by its name (the code when the procedure no longer lists it). No personal data.
 */
export function attachmentCheckNote(
  problems: readonly AttachmentProblem[],
  documentNames: ReadonlyMap<string, string> = new Map(),
): string {
  const lines = problems.map(
    (p) => `${documentNames.get(p.documentCode) ?? p.documentCode}: ${PROBLEM_TEXT[p.problem]}`,
  );
  return `Kiểm tra tệp đính kèm không đạt, cần cán bộ kiểm tra lại: ${lines.join('; ')}.`;
}

/** The history action intake writes when a check fails. */
export const FLAG_ATTACHMENTS_ACTION = 'flag-attachments';

/**
 * History entries for the agency's officials only: an integrity alarm on the stored files is
 * an internal matter (the citizen is asked for new copies through `request-supplement`, which
 * they do see). Hidden from the owner's history and from the control sheet (Mẫu 02), a
 * record of the processing steps that the citizen may download.
 */
export function isOfficialsOnlyHistoryAction(action: string): boolean {
  return action === FLAG_ATTACHMENTS_ACTION;
}
