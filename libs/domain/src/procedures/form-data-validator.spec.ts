import { isCalendarDate, validateFormData } from './form-data-validator';
import type { ProcedureField } from './procedure-field';

const field = (over: Partial<ProcedureField> & Pick<ProcedureField, 'key' | 'type'>) =>
  ({ label: over.key, required: false, ...over }) as ProcedureField;

/** Errors for one field holding `value`. */
function check(f: ProcedureField, value: unknown) {
  return validateFormData([f], { [f.key]: value });
}

describe('validateFormData', () => {
  describe.each<[string, ProcedureField, unknown[], unknown[]]>([
    [
      'text',
      field({ key: 'name', type: 'text', maxLength: 10 }),
      ['Nguyễn An', 'a', 'x'.repeat(10)],
      [42, true, ['a'], { a: 1 }, 'x'.repeat(11)],
    ],
    [
      'text without maxLength (2000 by default)',
      field({ key: 'name', type: 'text' }),
      ['x'.repeat(2000)],
      ['x'.repeat(2001)],
    ],
    [
      'textarea',
      field({ key: 'note', type: 'textarea', maxLength: 20 }),
      ['Dòng một\nDòng hai'],
      [1, 'y'.repeat(21)],
    ],
    [
      'number',
      field({ key: 'copies', type: 'number', min: 1, max: 10 }),
      [1, 5, 10, 2.5],
      ['5', 0, 11, -1, Number.NaN, Number.POSITIVE_INFINITY, true],
    ],
    [
      'number without bounds',
      field({ key: 'capital', type: 'number' }),
      [0, -5, 1e12],
      ['1000', false],
    ],
    [
      'date',
      field({ key: 'birthDate', type: 'date' }),
      ['2024-02-29', '2025-12-31', '1990-01-01'],
      [
        '2023-02-29',
        '2025-13-01',
        '2025-04-31',
        '01/02/2025',
        '2025-1-5',
        20250101,
        '2025-01-01T00:00:00Z',
      ],
    ],
    [
      'select',
      field({ key: 'gender', type: 'select', options: ['Nam', 'Nữ'] }),
      ['Nam', 'Nữ'],
      ['nam', 'Khác', ['Nam'], 1],
    ],
    ['checkbox', field({ key: 'agree', type: 'checkbox' }), [true, false], ['true', 1, 0, 'yes']],
    [
      'nationalId',
      field({ key: 'cccd', type: 'nationalId' }),
      ['001095012345', '079203000001'],
      ['00109501234', '0010950123456', '00109501234a', 1095012345, ' 001095012345'],
    ],
    [
      'phone',
      field({ key: 'phone', type: 'phone' }),
      ['0912345678', '0381234567', '+84912345678', '84912345678'],
      ['091234567', '09123456789', '0212345678', '0112345678', '+1 555 0100', 912345678],
    ],
    [
      'email',
      field({ key: 'email', type: 'email' }),
      ['an.nguyen@example.vn', 'a@b.co'],
      ['an.nguyen', 'a@b', 'a b@c.vn', `${'a'.repeat(250)}@b.vn`, 5],
    ],
  ])('a %s field', (_, f, good, bad) => {
    it.each(good.map((v) => [v]))('accepts %p', (value) => {
      expect(check(f, value)).toEqual([]);
    });

    it.each(bad.map((v) => [v]))('refuses %p with one error on the field', (value) => {
      const errors = check(f, value);
      expect(errors).toHaveLength(1);
      expect(errors[0].field).toBe(`formData.${f.key}`);
      expect(errors[0].message).toContain(`"${f.label}"`);
    });
  });

  it('names the bounds it enforces', () => {
    const f = field({ key: 'copies', label: 'Số bản', type: 'number', min: 1, max: 10 });
    expect(check(f, 0)[0].message).toBe('"Số bản" không được nhỏ hơn 1.');
    expect(check(f, 11)[0].message).toBe('"Số bản" không được lớn hơn 10.');
    const t = field({ key: 'name', label: 'Họ tên', type: 'text', maxLength: 3 });
    expect(check(t, 'abcd')[0].message).toBe('"Họ tên" không được dài quá 3 ký tự.');
  });

  it('lists the choices when a select value is not one of them', () => {
    const f = field({ key: 'g', label: 'Giới tính', type: 'select', options: ['Nam', 'Nữ'] });
    expect(check(f, 'Khác')[0].message).toContain('Nam, Nữ');
  });

  it('refuses any value for a select that has no options', () => {
    expect(check(field({ key: 'g', type: 'select' }), 'Nam')).toHaveLength(1);
  });

  describe('required fields', () => {
    const fields = [
      field({ key: 'fullName', label: 'Họ và tên', type: 'text', required: true }),
      field({ key: 'phone', label: 'Điện thoại', type: 'phone', required: true }),
      field({ key: 'note', type: 'textarea' }),
    ];

    it('reports each missing required field, in the order of the form', () => {
      expect(validateFormData(fields, {})).toEqual([
        { field: 'formData.fullName', message: 'Vui lòng nhập "Họ và tên".' },
        { field: 'formData.phone', message: 'Vui lòng nhập "Điện thoại".' },
      ]);
    });

    it.each([[null], [''], ['   ']])('counts %p as missing', (blank) => {
      expect(validateFormData(fields, { fullName: blank, phone: '0912345678' })).toEqual([
        { field: 'formData.fullName', message: 'Vui lòng nhập "Họ và tên".' },
      ]);
    });

    it('lets optional fields be absent, null or blank', () => {
      const data = { fullName: 'An', phone: '0912345678' };
      expect(validateFormData(fields, data)).toEqual([]);
      expect(validateFormData(fields, { ...data, note: null })).toEqual([]);
      expect(validateFormData(fields, { ...data, note: '' })).toEqual([]);
    });

    it('requires a required checkbox to be ticked', () => {
      const f = field({ key: 'pledge', label: 'Tôi cam đoan', type: 'checkbox', required: true });
      expect(validateFormData([f], { pledge: true })).toEqual([]);
      expect(validateFormData([f], { pledge: false })).toEqual([
        { field: 'formData.pledge', message: 'Vui lòng đánh dấu "Tôi cam đoan".' },
      ]);
      expect(validateFormData([f], {})).toHaveLength(1);
    });

    it('counts 0 as a value, not as missing', () => {
      const f = field({ key: 'count', type: 'number', required: true });
      expect(validateFormData([f], { count: 0 })).toEqual([]);
    });
  });

  describe('partial mode (drafts)', () => {
    const fields = [
      field({ key: 'fullName', type: 'text', required: true }),
      field({ key: 'birthDate', type: 'date', required: true }),
      field({ key: 'pledge', type: 'checkbox', required: true }),
    ];

    it('lets required fields be missing', () => {
      expect(validateFormData(fields, {}, { partial: true })).toEqual([]);
      expect(validateFormData(fields, { pledge: false }, { partial: true })).toEqual([]);
    });

    it('still checks the values that are present', () => {
      expect(validateFormData(fields, { birthDate: '2025-02-30' }, { partial: true })).toEqual([
        { field: 'formData.birthDate', message: expect.any(String) },
      ]);
    });

    it('still refuses unknown keys', () => {
      expect(validateFormData(fields, { nickname: 'Bin' }, { partial: true })).toEqual([
        { field: 'formData.nickname', message: 'Trường này không có trong tờ khai.' },
      ]);
    });
  });

  describe('unknown keys', () => {
    const fields = [field({ key: 'fullName', type: 'text', required: true })];

    it('reports each key the form does not have, after the field errors', () => {
      expect(validateFormData(fields, { fullName: 1, extra: 'x', other: null })).toEqual([
        { field: 'formData.fullName', message: expect.any(String) },
        { field: 'formData.extra', message: 'Trường này không có trong tờ khai.' },
        { field: 'formData.other', message: 'Trường này không có trong tờ khai.' },
      ]);
    });

    it('refuses a JSON "__proto__" key instead of following it', () => {
      const data = JSON.parse('{"fullName":"An","__proto__":{"x":1}}');
      expect(validateFormData(fields, data)).toEqual([
        { field: 'formData.__proto__', message: 'Trường này không có trong tờ khai.' },
      ]);
    });
  });

  it('never reads inherited properties for keys such as "constructor"', () => {
    const fields = [
      field({ key: 'constructor', type: 'text', required: true }),
      field({ key: 'toString', type: 'text' }),
    ];
    expect(validateFormData(fields, {})).toEqual([
      { field: 'formData.constructor', message: expect.any(String) },
    ]);
    expect(validateFormData(fields, { constructor: 'x' })).toEqual([]);
  });

  it('gives exactly one error per bad field, whatever is wrong with it', () => {
    const fields = [
      field({ key: 'a', type: 'text', required: true, maxLength: 2 }),
      field({ key: 'b', type: 'number', required: true, min: 1 }),
      field({ key: 'c', type: 'phone', required: true }),
      field({ key: 'd', type: 'email' }),
    ];
    const errors = validateFormData(fields, { a: 'xyz', b: -1, d: 'nope', e: 1 });
    expect(errors.map((e) => e.field)).toEqual([
      'formData.a',
      'formData.b',
      'formData.c',
      'formData.d',
      'formData.e',
    ]);
  });

  it('accepts an empty form when no field is required', () => {
    expect(validateFormData([], {})).toEqual([]);
    expect(validateFormData([field({ key: 'x', type: 'text' })], {})).toEqual([]);
  });

  it.each([[null], [undefined], ['text'], [42], [true], [['a', 'b']]])(
    'refuses %p as a whole with one error on formData',
    (data) => {
      expect(validateFormData([field({ key: 'x', type: 'text', required: true })], data)).toEqual([
        { field: 'formData', message: 'Thông tin tờ khai phải là một đối tượng.' },
      ]);
    },
  );

  it('refuses values of a field type it does not know', () => {
    const f = { key: 'x', label: 'X', type: 'image', required: false } as unknown as ProcedureField;
    expect(check(f, 'anything')).toHaveLength(1);
  });
});

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2025-01-31'])('accepts %s', (d) => {
    expect(isCalendarDate(d)).toBe(true);
  });

  it.each(['1900-02-29', '2025-02-29', '2025-00-10', '2025-06-31', '2025-6-1', ''])(
    'refuses %p',
    (d) => {
      expect(isCalendarDate(d)).toBe(false);
    },
  );
});
