import { contentDisposition, MAX_FILE_NAME_LENGTH, sanitizeFileName } from './file-name';

describe('sanitizeFileName', () => {
  it('keeps a Vietnamese name as it is, in NFC', () => {
    const decomposed = 'Giấy khai sinh.pdf'.normalize('NFD');
    expect(sanitizeFileName(decomposed, 'application/pdf')).toBe('Giấy khai sinh.pdf');
  });

  it('keeps only the last path segment, whatever the separator', () => {
    expect(sanitizeFileName('../../etc/passwd.pdf', 'application/pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('C:\\Users\\An\\cccd.jpg', 'image/jpeg')).toBe('cccd.jpg');
  });

  it('removes control characters and bidi overrides', () => {
    expect(sanitizeFileName('bao\u0000cao\r\n.pdf', 'application/pdf')).toBe('baocao.pdf');
    expect(sanitizeFileName('hs\u202Efdp.exe', 'application/pdf')).toBe('hsfdp.pdf');
  });

  it('keeps only an extension of the type the content has', () => {
    expect(sanitizeFileName('polyglot.html', 'application/pdf')).toBe('polyglot.pdf');
    expect(sanitizeFileName('x.exe', 'application/pdf')).toBe('x.pdf');
    expect(sanitizeFileName('scan', 'image/png')).toBe('scan.png');
    expect(sanitizeFileName('anh.PNG', 'image/png')).toBe('anh.PNG');
    expect(sanitizeFileName('anh.jpeg', 'image/jpeg')).toBe('anh.jpeg');
    expect(sanitizeFileName('anh.png', 'image/jpeg')).toBe('anh.jpg');
    expect(sanitizeFileName('Bản sao v1.2 final', 'application/pdf')).toBe(
      'Bản sao v1.2 final.pdf',
    );
    expect(sanitizeFileName('.html', 'application/pdf')).toBe('.html.pdf');
    expect(sanitizeFileName('a.svg.pdf', 'image/png')).toBe('a.svg.png');
  });

  it('falls back to a readable default when nothing usable is left', () => {
    expect(sanitizeFileName(undefined, 'application/pdf')).toBe('tai-lieu.pdf');
    expect(sanitizeFileName('  ', 'image/png')).toBe('hinh-anh.png');
    expect(sanitizeFileName('a/..', 'image/jpeg')).toBe('hinh-anh.jpg');
  });

  it('shortens long names to 255 characters and keeps the extension', () => {
    const name = sanitizeFileName(`${'ả'.repeat(400)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('ả.pdf')).toBe(true);
  });

  it('shortens a long name without an extension to 255 characters, its type’s added', () => {
    expect(sanitizeFileName('x'.repeat(300), 'application/pdf')).toBe(`${'x'.repeat(251)}.pdf`);
  });
});

describe('contentDisposition', () => {
  it('sends the name as an RFC 5987 UTF-8 attachment filename', () => {
    expect(contentDisposition("Đơn đề nghị (bản 1)'s.pdf")).toBe(
      "attachment; filename*=UTF-8''%C4%90%C6%A1n%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20%28b%E1%BA%A3n%201%29%27s.pdf",
    );
  });
});
