import PDFDocument from 'pdfkit';
import { SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from '../../../../test/support/files';
import { crc32, hasValidStructure } from './file-structure';

function pdfkitDocument(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );
  doc.text('Giấy tờ');
  doc.end();
  return done;
}

describe('file structure', () => {
  it('accepts well-formed PDF, PNG and JPEG', () => {
    expect(hasValidStructure('application/pdf', SAMPLE_PDF)).toBe(true);
    expect(hasValidStructure('image/png', SAMPLE_PNG)).toBe(true);
    expect(hasValidStructure('image/jpeg', SAMPLE_JPEG)).toBe(true);
  });

  it('refuses a file that only starts like a PDF', () => {
    const html = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n', 'latin1');
    expect(hasValidStructure('application/pdf', html)).toBe(false);
    const truncated = SAMPLE_PDF.subarray(0, SAMPLE_PDF.length - 20);
    expect(hasValidStructure('application/pdf', truncated)).toBe(false);
    // a startxref pointing outside the file, or at something that is no cross-reference
    const text = SAMPLE_PDF.toString('latin1');
    const outside = text.replace(/startxref\n\d+/, 'startxref\n999999');
    expect(hasValidStructure('application/pdf', Buffer.from(outside, 'latin1'))).toBe(false);
    const elsewhere = text.replace(/startxref\n\d+/, 'startxref\n3');
    expect(hasValidStructure('application/pdf', Buffer.from(elsewhere, 'latin1'))).toBe(false);
  });

  it('refuses a PNG with a bad chunk CRC, no IEND, or bytes after it', () => {
    const corrupt = Buffer.from(SAMPLE_PNG);
    corrupt[20] ^= 0xff; // inside IHDR's data
    expect(hasValidStructure('image/png', corrupt)).toBe(false);
    expect(hasValidStructure('image/png', SAMPLE_PNG.subarray(0, SAMPLE_PNG.length - 12))).toBe(
      false,
    );
    const appended = Buffer.concat([SAMPLE_PNG, Buffer.from('<html></html>')]);
    expect(hasValidStructure('image/png', appended)).toBe(false);
  });

  it('refuses a JPEG without EOI, with broken segments, or with bytes after EOI', () => {
    expect(hasValidStructure('image/jpeg', SAMPLE_JPEG.subarray(0, SAMPLE_JPEG.length - 2))).toBe(
      false,
    );
    expect(
      hasValidStructure('image/jpeg', Buffer.concat([SAMPLE_JPEG, Buffer.from('<html>')])),
    ).toBe(false);
    const header = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x7f, 0xff, 0x00, 0xff, 0xd9]);
    expect(hasValidStructure('image/jpeg', header)).toBe(false);
  });

  it('computes the CRC-32 PNG uses', () => {
    expect(crc32(Buffer.from('IEND', 'latin1'))).toBe(0xae426082);
    expect(crc32(Buffer.from('123456789', 'latin1'))).toBe(0xcbf43926);
  });

  it('accepts the PDFs the benchmark uploads', () => {
    const { wellFormedPdf } = require('../../../../bench/lib/pdf') as {
      wellFormedPdf: (comment?: string) => Buffer;
    };
    expect(hasValidStructure('application/pdf', wellFormedPdf())).toBe(true);
    expect(hasValidStructure('application/pdf', wellFormedPdf(`seed${'ab'.repeat(5000)}`))).toBe(
      true,
    );
  });

  it('accepts a PDF as PDFKit writes it', async () => {
    expect(hasValidStructure('application/pdf', await pdfkitDocument())).toBe(true);
  });
});
