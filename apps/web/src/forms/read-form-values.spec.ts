import type { FormField } from './form-field';
import {
  parseDate,
  parseVietnameseNumber,
  rawFromValues,
  readFormValues,
} from './read-form-values';

const field = (overrides: Partial<FormField> & Pick<FormField, 'type'>): FormField => ({
  key: 'answer',
  label: 'Câu hỏi',
  required: true,
  ...overrides,
});

function read(f: FormField, submitted?: string) {
  return readFormValues([f], submitted === undefined ? {} : { [`fd.${f.key}`]: submitted });
}

describe('readFormValues', () => {
  it('reads text, trimmed, and keeps what was typed', () => {
    const result = read(field({ type: 'text' }), '  Nguyễn Văn A ');
    expect(result.values).toEqual({ answer: 'Nguyễn Văn A' });
    expect(result.raw).toEqual({ answer: '  Nguyễn Văn A ' });
    expect(result.errors).toEqual([]);
  });

  it('asks for a required answer left blank, and leaves an optional blank out', () => {
    expect(read(field({ type: 'text' }), '   ').errors).toEqual([
      { key: 'answer', message: 'Vui lòng nhập "Câu hỏi".' },
    ]);
    expect(read(field({ type: 'text' })).errors).toHaveLength(1);
    const optional = read(field({ type: 'text', required: false }), '');
    expect(optional.values).toEqual({});
    expect(optional.errors).toEqual([]);
  });

  it('refuses text longer than maxLength', () => {
    const result = read(field({ type: 'text', maxLength: 5 }), 'abcdef');
    expect(result.errors[0].message).toBe('"Câu hỏi" không được dài quá 5 ký tự.');
    expect(read(field({ type: 'text', maxLength: 5 }), 'abcde').errors).toEqual([]);
  });

  it('reads a textarea with its line breaks as \\n', () => {
    expect(read(field({ type: 'textarea' }), 'a\r\nb').values).toEqual({ answer: 'a\nb' });
  });

  it('reads numbers as people write them, within min and max', () => {
    const f = field({ type: 'number', min: 1, max: 2_000_000 });
    expect(read(f, '3').values).toEqual({ answer: 3 });
    expect(read(f, '1.500.000').values).toEqual({ answer: 1_500_000 });
    expect(read(f, '0').errors[0].message).toBe('"Câu hỏi" không được nhỏ hơn 1.');
    expect(read(f, '2.000.001').errors[0].message).toBe('"Câu hỏi" không được lớn hơn 2000000.');
    const notANumber = read(f, 'ba');
    expect(notANumber.errors[0].message).toContain('phải là số');
    expect(notANumber.values).toEqual({});
    expect(notANumber.raw).toEqual({ answer: 'ba' });
  });

  it('reads a date from the date input or typed dd/mm/yyyy', () => {
    const f = field({ type: 'date' });
    expect(read(f, '1990-03-27').values).toEqual({ answer: '1990-03-27' });
    expect(read(f, '27/3/1990').values).toEqual({ answer: '1990-03-27' });
    expect(read(f, '31/02/1990').errors[0].message).toBe(
      '"Câu hỏi" phải là ngày hợp lệ, ví dụ 27/03/1990.',
    );
  });

  it('accepts only a listed option', () => {
    const f = field({ type: 'select', options: ['Nam', 'Nữ'] });
    expect(read(f, 'Nữ').values).toEqual({ answer: 'Nữ' });
    expect(read(f, 'Khác').errors[0].message).toContain('phải là một trong các lựa chọn');
    expect(read(f, '').errors[0].message).toBe('Vui lòng nhập "Câu hỏi".');
  });

  it('reads a checkbox as true when ticked and false when not', () => {
    const optional = field({ type: 'checkbox', required: false });
    expect(read(optional, 'true').values).toEqual({ answer: true });
    expect(read(optional).values).toEqual({ answer: false });
    expect(read(optional).errors).toEqual([]);
    const declaration = field({ type: 'checkbox', label: 'Tôi cam đoan' });
    expect(read(declaration).errors).toEqual([
      { key: 'answer', message: 'Vui lòng đánh dấu "Tôi cam đoan".' },
    ]);
  });

  it('reads a citizen ID without the spaces people type, and checks its 12 digits', () => {
    const f = field({ type: 'nationalId' });
    expect(read(f, '0010 9000 1234').values).toEqual({ answer: '001090001234' });
    expect(read(f, '12345').errors[0].message).toContain('12 chữ số');
  });

  it('reads a phone number without separators, and checks it is a Vietnamese mobile', () => {
    const f = field({ type: 'phone' });
    expect(read(f, '091 234.5678').values).toEqual({ answer: '0912345678' });
    expect(read(f, '0212345678').errors[0].message).toContain('số điện thoại di động');
  });

  it('checks an email address', () => {
    const f = field({ type: 'email', required: false });
    expect(read(f, 'an@example.vn').values).toEqual({ answer: 'an@example.vn' });
    expect(read(f, 'an@').errors[0].message).toContain('email');
  });

  it('gives one error per field, in the form’s order', () => {
    const fields: FormField[] = [
      field({ key: 'b', type: 'number', label: 'B' }),
      field({ key: 'a', type: 'text', label: 'A' }),
    ];
    const result = readFormValues(fields, { 'fd.b': 'x' });
    expect(result.errors.map((e) => e.key)).toEqual(['b', 'a']);
  });

  it('ignores inputs that are not the fields asked, and a repeated name keeps the last', () => {
    const f = field({ type: 'text' });
    const result = readFormValues([f], { 'fd.answer': ['x', 'y'], 'fd.other': 'z', _csrf: 't' });
    expect(result.values).toEqual({ answer: 'y' });
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['2', 2],
    ['1.500.000', 1_500_000],
    ['1 500 000', 1_500_000],
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['-3', -3],
    ['1.500,75', 1500.75],
  ])('reads %s as %d', (text, value) => {
    expect(parseVietnameseNumber(text)).toBe(value);
  });

  it.each(['', 'abc', '1..2', '12.34.5', '1e5'])('refuses %s', (text) => {
    expect(parseVietnameseNumber(text)).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('refuses a day that does not exist', () => {
    expect(parseDate('2024-02-30')).toBeUndefined();
    expect(parseDate('29/02/2024')).toBe('2024-02-29');
    expect(parseDate('03/1990')).toBeUndefined();
  });
});

describe('rawFromValues', () => {
  it('shows saved answers back in their inputs', () => {
    const fields: FormField[] = [
      field({ key: 'n', type: 'number' }),
      field({ key: 'c', type: 'checkbox' }),
      field({ key: 'd', type: 'date' }),
    ];
    expect(rawFromValues(fields, { n: 3, c: true, d: '1990-03-27' })).toEqual({
      n: '3',
      c: 'true',
      d: '1990-03-27',
    });
  });
});
