import { detectMimeType, SIGNATURE_LENGTH } from './file-signature';

describe('detectMimeType', () => {
  it('recognises a PDF by its %PDF- header', () => {
    expect(detectMimeType(Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
  });

  it('recognises a PNG by its eight-byte signature', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
    expect(detectMimeType(png)).toBe('image/png');
  });

  it('recognises a JPEG by FF D8 FF', () => {
    expect(detectMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]))).toBe(
      'image/jpeg',
    );
  });

  it.each([
    ['plain text', Buffer.from('Xin chào, đây là văn bản')],
    ['a ZIP archive', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['a PNG signature cut short', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
    ['"%PDF" not at the start', Buffer.from(' %PDF-1.4')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', (_, head) => {
    expect(detectMimeType(head)).toBeNull();
  });

  it('needs no more than the first eight bytes', () => {
    expect(SIGNATURE_LENGTH).toBe(8);
  });
});
