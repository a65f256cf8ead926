import {
  attachmentCheckNote,
  attachmentCheckOf,
  attachmentProblem,
  AttachmentProblemKind,
  flaggedProblems,
  isOfficialsOnlyHistoryAction,
} from './attachment-check';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const AT = new Date('2026-12-01T03:00:00Z');

describe('attachmentProblem', () => {
  it('passes bytes that hash to the recorded digest, whatever the case of the hex', () => {
    expect(attachmentProblem({ recordedSha256: A, actualSha256: A })).toBeNull();
    expect(attachmentProblem({ recordedSha256: A.toUpperCase(), actualSha256: A })).toBeNull();
  });

  it('reports a mismatch when the stored bytes hash to something else', () => {
    expect(attachmentProblem({ recordedSha256: A, actualSha256: B })).toBe(
      AttachmentProblemKind.HashMismatch,
    );
  });

  it('reports a missing file when there are no bytes or no file row', () => {
    expect(attachmentProblem({ recordedSha256: A, actualSha256: null })).toBe(
      AttachmentProblemKind.Missing,
    );
    expect(attachmentProblem({ recordedSha256: null, actualSha256: null })).toBe(
      AttachmentProblemKind.Missing,
    );
    expect(attachmentProblem({ recordedSha256: '', actualSha256: A })).toBe(
      AttachmentProblemKind.Missing,
    );
  });

  it('never vouches for a malformed recorded digest, even one equal to the actual value', () => {
    expect(attachmentProblem({ recordedSha256: 'xyz', actualSha256: 'xyz' })).toBe(
      AttachmentProblemKind.HashMismatch,
    );
  });
});

describe('a file the store could not read', () => {
  it('is unverified, neither missing nor altered, and flags nothing', () => {
    expect(attachmentProblem({ recordedSha256: A, actualSha256: null, unreadable: true })).toBe(
      AttachmentProblemKind.Unverified,
    );
    // with no files row it is missing whatever the store did
    expect(attachmentProblem({ recordedSha256: null, actualSha256: null, unreadable: true })).toBe(
      AttachmentProblemKind.Missing,
    );
    const check = attachmentCheckOf(
      [
        {
          documentCode: 'TK',
          fileId: 'f1',
          recordedSha256: A,
          actualSha256: null,
          unreadable: true,
        },
        { documentCode: 'GCS', fileId: 'f2', recordedSha256: B, actualSha256: null },
      ],
      '7',
      AT,
    );
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.problem)).toEqual(['UNVERIFIED', 'MISSING']);
    expect(flaggedProblems(check.problems)).toEqual([
      { documentCode: 'GCS', fileId: 'f2', problem: 'MISSING' },
    ]);
  });
});

describe('history for officials only', () => {
  it('is the intake flag and nothing else', () => {
    expect(isOfficialsOnlyHistoryAction('flag-attachments')).toBe(true);
    expect(isOfficialsOnlyHistoryAction('request-supplement')).toBe(false);
    expect(isOfficialsOnlyHistoryAction('receive')).toBe(false);
  });
});

describe('attachmentCheckOf', () => {
  it('is ok when every attachment is intact, and counts them', () => {
    const check = attachmentCheckOf(
      [
        { documentCode: 'TK', fileId: 'f1', recordedSha256: A, actualSha256: A },
        { documentCode: 'GCS', fileId: 'f2', recordedSha256: B, actualSha256: B },
      ],
      '42',
      AT,
    );
    expect(check).toEqual({
      verifiedAt: '2026-12-01T03:00:00.000Z',
      ok: true,
      checked: 2,
      problems: [],
      outboxId: '42',
    });
  });

  it('lists each failing attachment with its problem, in order', () => {
    const check = attachmentCheckOf(
      [
        { documentCode: 'TK', fileId: 'f1', recordedSha256: A, actualSha256: B },
        { documentCode: 'GCS', fileId: 'f2', recordedSha256: B, actualSha256: B },
        { documentCode: 'CCCD', fileId: 'f3', recordedSha256: null, actualSha256: null },
      ],
      '7',
      AT,
    );
    expect(check.ok).toBe(false);
    expect(check.checked).toBe(3);
    expect(check.problems).toEqual([
      { documentCode: 'TK', fileId: 'f1', problem: AttachmentProblemKind.HashMismatch },
      { documentCode: 'CCCD', fileId: 'f3', problem: AttachmentProblemKind.Missing },
    ]);
  });

  it('passes a dossier with no attachment', () => {
    expect(attachmentCheckOf([], '1', AT)).toMatchObject({ ok: true, checked: 0, problems: [] });
  });
});

describe('attachmentCheckNote', () => {
  it('names each document and what is wrong, in Vietnamese', () => {
    const note = attachmentCheckNote(
      [
        { documentCode: 'TK', fileId: 'f1', problem: AttachmentProblemKind.HashMismatch },
        { documentCode: 'X9', fileId: 'f3', problem: AttachmentProblemKind.Missing },
      ],
      new Map([['TK', 'Tờ khai đăng ký khai sinh']]),
    );
    expect(note).toBe(
      'Kiểm tra tệp đính kèm không đạt, cần cán bộ kiểm tra lại: ' +
        'Tờ khai đăng ký khai sinh: nội dung tệp khác với khi nộp (mã SHA-256 không khớp); ' +
        'X9: không tìm thấy tệp đã lưu.',
    );
  });
});
