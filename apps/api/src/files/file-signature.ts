/** The document types citizens may upload, recognised by their first bytes. */
export const ACCEPTED_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AcceptedMimeType = (typeof ACCEPTED_MIME_TYPES)[number];

const SIGNATURES: ReadonlyArray<{ mimeType: AcceptedMimeType; bytes: Buffer }> = [
  { mimeType: 'application/pdf', bytes: Buffer.from('%PDF-', 'latin1') },
  { mimeType: 'image/png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff]) },
];

/** Bytes needed from the start of a file to recognise any accepted type. */
export const SIGNATURE_LENGTH = Math.max(...SIGNATURES.map((s) => s.bytes.length));

/**
 * The type the content really has, whatever its name or declared type say; `null` when it
 * is none of the accepted ones.
 */
export function detectMimeType(head: Buffer): AcceptedMimeType | null {
  const match = SIGNATURES.find(
    ({ bytes }) => head.length >= bytes.length && head.subarray(0, bytes.length).equals(bytes),
  );
  return match?.mimeType ?? null;
}
