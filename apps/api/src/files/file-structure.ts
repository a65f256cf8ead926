import type { AcceptedMimeType } from './file-signature';

/**
 * Whether a whole file is well-formed for the type its first bytes claim, so a file that only
 * starts like a PDF or an image (a polyglot, an HTML page behind a PDF header, a truncated
 * upload) is refused. Structural only: the parts a reader needs to find its way through.
 */
export function hasValidStructure(mimeType: AcceptedMimeType, bytes: Buffer): boolean {
  switch (mimeType) {
    case 'application/pdf':
      return isWellFormedPdf(bytes);
    case 'image/png':
      return isWellFormedPng(bytes);
    case 'image/jpeg':
      return isWellFormedJpeg(bytes);
  }
}

/**
 * A PDF: `%PDF-1.x` or `%PDF-2.x` header; at the end (trailing whitespace aside) `%%EOF`
 * preceded by `startxref` and an offset that points inside the file at a cross-reference
 * table (`xref`) or stream (`n g obj`).
 */
export function isWellFormedPdf(bytes: Buffer): boolean {
  if (!/^%PDF-[12]\.\d/.test(bytes.subarray(0, 8).toString('latin1'))) return false;
  const tail = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!end) return false;
  const offset = Number(end[1]);
  if (!Number.isSafeInteger(offset) || offset <= 0 || offset >= bytes.length) return false;
  const at = bytes.subarray(offset, offset + 32).toString('latin1');
  return /^\s*(xref\b|\d+\s+\d+\s+obj\b)/.test(at);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG: the signature, then chunks each with a correct CRC, `IHDR` first, at least one
 * `IDAT`, and `IEND` as the very last bytes.
 */
export function isWellFormedPng(bytes: Buffer): boolean {
  if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, 8).equals(PNG_SIGNATURE))
    return false;
  let position = 8;
  let first = true;
  let sawData = false;
  while (position + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(position);
    const end = position + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return false;
    const type = bytes.toString('latin1', position + 4, position + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    const crc = bytes.readUInt32BE(position + 8 + length);
    if (crc32(bytes.subarray(position + 4, position + 8 + length)) !== crc) return false;
    if (first && type !== 'IHDR') return false;
    first = false;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData && end === bytes.length;
    position = end;
  }
  return false;
}

/**
 * A JPEG: SOI, marker segments with consistent lengths up to the first start of scan, and EOI
 * as the very last bytes.
 */
export function isWellFormedJpeg(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false;
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return false;
  let position = 2;
  while (position + 4 <= bytes.length) {
    if (bytes[position] !== 0xff) return false;
    let marker = bytes[position + 1];
    // fill bytes before a marker
    while (marker === 0xff && position + 2 < bytes.length) marker = bytes[++position + 1];
    if (marker === 0xd9 || marker === 0xd8 || marker === 0x00) return false;
    if (marker >= 0xd0 && marker <= 0xd7) return false; // restart markers only inside a scan
    const length = bytes.readUInt16BE(position + 2);
    if (length < 2 || position + 2 + length > bytes.length - 2) return false;
    if (marker === 0xda) return true; // start of scan: entropy-coded data runs to EOI
    position += 2 + length;
  }
  return false;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (ISO-HDLC), as PNG chunks carry it. */
export function crc32(data: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
