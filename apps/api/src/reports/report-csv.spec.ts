import { csvField } from './report-csv';

describe('csvField', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvField('Chứng thực bản sao')).toBe('Chứng thực bản sao');
    expect(csvField(0.6667)).toBe('0.6667');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Khai sinh, khai tử')).toBe('"Khai sinh, khai tử"');
    expect(csvField('Giấy "A"')).toBe('"Giấy ""A"""');
    expect(csvField('dòng 1\r\ndòng 2')).toBe('"dòng 1\r\ndòng 2"');
  });
});
