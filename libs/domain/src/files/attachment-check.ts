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
}

/** One attachment of the dossier as intake finds it. */
export interface AttachmentDigest {
  documentCode: string;
  fileId: string;
  /** SHA-256 recorded at upload (`files.sha256`); null when the file row is gone. */
  recordedSha256: string | null;
  /** SHA-256 of the bytes read back from the store; null when there were none. */
  actualSha256: string | null;
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
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What is wrong with one attachment, or null when its bytes are intact. */
export function attachmentProblem(
  digest: Pick<AttachmentDigest, 'recordedSha256' | 'actualSha256'>,
): AttachmentProblemKind | null {
  const recorded = digest.recordedSha256?.trim().toLowerCase() ?? null;
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
};

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
