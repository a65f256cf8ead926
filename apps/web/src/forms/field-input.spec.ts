import { FieldInput, fieldHint } from './field-input';
import type { FormField } from './form-field';
import { ErrorSummary, titleWithErrors } from './error-summary';

function render(field: FormField, value?: string, error?: string): string {
  return FieldInput({ field, value, error }) as string;
}

/** The attributes of the first `<tag ...>` in the HTML, as a map. */
function attributesOf(html: string, tag: string): Map<string, string> {
  const match = new RegExp(`<${tag}\\b([^>]*)>`).exec(html);
  if (!match) throw new Error(`no <${tag}> in ${html}`);
  const attributes = new Map<string, string>();
  for (const [, name, quoted] of match[1].matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
    attributes.set(name, quoted ?? '');
  }
  return attributes;
}

const base = { key: 'answer', label: 'Câu hỏi', required: true } as const;

describe('FieldInput', () => {
  it('binds the label to the input and names the input apart from the form controls', () => {
    const html = render({ ...base, type: 'text' });
    expect(attributesOf(html, 'label').get('for')).toBe('f-answer');
    const input = attributesOf(html, 'input');
    expect(input.get('id')).toBe('f-answer');
    expect(input.get('name')).toBe('fd.answer');
    expect(input.get('type')).toBe('text');
  });

  it('marks a required field required and an optional one "(không bắt buộc)" in its label', () => {
    const required = render({ ...base, type: 'text' });
    expect(attributesOf(required, 'input').has('required')).toBe(true);
    expect(required).not.toContain('không bắt buộc');

    const optional = render({ ...base, type: 'text', required: false });
    expect(attributesOf(optional, 'input').has('required')).toBe(false);
    expect(optional).toContain('(không bắt buộc)');
  });

  it('limits a text input to its maxLength and says so in the hint', () => {
    const html = render({ ...base, type: 'text', maxLength: 100 });
    const input = attributesOf(html, 'input');
    expect(input.get('maxlength')).toBe('100');
    expect(input.get('aria-describedby')).toBe('f-answer-hint');
    expect(html).toContain('id="f-answer-hint"');
    expect(html).toContain('Tối đa 100 ký tự.');
  });

  it('renders a textarea with its limit, keeping the text typed', () => {
    const html = render({ ...base, type: 'textarea', maxLength: 500 }, 'dòng 1\ndòng 2');
    const textarea = attributesOf(html, 'textarea');
    expect(textarea.get('maxlength')).toBe('500');
    expect(textarea.get('name')).toBe('fd.answer');
    expect(html).toContain('>dòng 1\ndòng 2</textarea>');
  });

  it('gives a number a numeric keyboard rather than a spinner, with its limits in words', () => {
    const html = render({ ...base, type: 'number', min: 1, max: 10 }, '3');
    const input = attributesOf(html, 'input');
    expect(input.get('type')).toBe('text');
    expect(input.get('inputmode')).toBe('numeric');
    expect(input.get('value')).toBe('3');
    expect(html).toContain('Từ 1 đến 10.');
    expect(fieldHint({ ...base, type: 'number', min: 0 })).toBe('Không nhỏ hơn 0.');
    expect(fieldHint({ ...base, type: 'number', max: 5 })).toBe('Không lớn hơn 5.');
    expect(fieldHint({ ...base, type: 'number' })).toBeUndefined();
  });

  it('offers a decimal keyboard when a number may be negative', () => {
    const input = attributesOf(render({ ...base, type: 'number', min: -5 }), 'input');
    expect(input.get('inputmode')).toBe('decimal');
  });

  it('renders a date input with the ISO value it needs', () => {
    const input = attributesOf(render({ ...base, type: 'date' }, '1990-03-27'), 'input');
    expect(input.get('type')).toBe('date');
    expect(input.get('value')).toBe('1990-03-27');
  });

  it('lists a select’s options with a blank first choice and the answer selected', () => {
    const html = render({ ...base, type: 'select', options: ['Nam', 'Nữ'] }, 'Nữ');
    expect(attributesOf(html, 'select').get('name')).toBe('fd.answer');
    expect(html).toContain('<option value="">Chọn</option>');
    expect(html).toContain('<option value="Nam">Nam</option>');
    expect(html).toContain('<option value="Nữ" selected>Nữ</option>');
  });

  it('renders a checkbox with its label after it, ticked when the answer is yes', () => {
    const unticked = render({ ...base, type: 'checkbox', required: false });
    const input = attributesOf(unticked, 'input');
    expect(input.get('type')).toBe('checkbox');
    expect(input.get('value')).toBe('true');
    expect(input.has('checked')).toBe(false);
    expect(unticked.indexOf('<input')).toBeLessThan(unticked.indexOf('<label'));

    const ticked = render({ ...base, type: 'checkbox', required: false }, 'true');
    expect(attributesOf(ticked, 'input').has('checked')).toBe(true);
  });

  it('opens a numeric keyboard for a citizen ID, with the 12-digit pattern', () => {
    const input = attributesOf(render({ ...base, type: 'nationalId' }), 'input');
    expect(input.get('inputmode')).toBe('numeric');
    expect(input.get('pattern')).toBe('[0-9]{12}');
    expect(input.get('autocomplete')).toBe('off');
  });

  it('opens a numeric keyboard for a phone number, with the Vietnamese mobile pattern', () => {
    const input = attributesOf(render({ ...base, type: 'phone' }), 'input');
    expect(input.get('type')).toBe('tel');
    expect(input.get('inputmode')).toBe('numeric');
    expect(new RegExp(`^${input.get('pattern')}$`).test('0912345678')).toBe(true);
    expect(new RegExp(`^${input.get('pattern')}$`).test('0212345678')).toBe(false);
    expect(input.get('autocomplete')).toBe('tel');
  });

  it('uses an email input for an email', () => {
    const input = attributesOf(render({ ...base, type: 'email' }), 'input');
    expect(input.get('type')).toBe('email');
    expect(input.get('autocomplete')).toBe('email');
  });

  it('shows an error beside the field, announced with the input', () => {
    const html = render({ ...base, type: 'nationalId' }, '123', 'Phải gồm 12 chữ số.');
    const input = attributesOf(html, 'input');
    expect(input.get('aria-invalid')).toBe('true');
    expect(input.get('aria-describedby')).toBe('f-answer-hint f-answer-error');
    expect(input.get('value')).toBe('123');
    expect(html).toContain('<p class="error-message" id="f-answer-error">');
    expect(html).toContain('Phải gồm 12 chữ số.');
    expect(html).toContain('form-group--error');
  });

  it('escapes labels, options and values', () => {
    const html = render(
      { ...base, type: 'select', label: '<b>x</b>', options: ['<i>y</i>'] },
      '"><script>',
    );
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b>x&lt;/b>');
    // inside a quoted attribute "<" is inert; only the quote must be escaped
    expect(html).toContain('<option value="<i>y</i>">&lt;i>y&lt;/i></option>');

    const text = render({ ...base, type: 'text' }, '"><script>alert(1)</script>');
    // the quote that would end the attribute is escaped; the rest is inert inside it
    expect(text).toContain('value="&#34;><script>alert(1)</script>"');
  });

  it('makes an id safe in a URL fragment from any key', () => {
    const input = attributesOf(render({ ...base, key: 'a b/c', type: 'text' }), 'input');
    expect(input.get('id')).toBe('f-a_b_c');
    expect(input.get('name')).toBe('fd.a b/c');
  });
});

describe('ErrorSummary', () => {
  it('lists each error as a link to its field, and takes the focus', () => {
    const html = ErrorSummary({
      errors: [
        { targetId: 'f-answer', message: 'Vui lòng nhập "Câu hỏi".' },
        { message: 'Hồ sơ đã được nộp.' },
      ],
    }) as string;
    expect(html).toContain('<a href="#f-answer">Vui lòng nhập &#34;Câu hỏi&#34;.</a>');
    expect(html).toContain('<li>Hồ sơ đã được nộp.</li>');
    expect(html).toContain('role="alert"');
    const box = attributesOf(html, 'div');
    expect(box.get('tabindex')).toBe('-1');
    expect(box.has('autofocus')).toBe(true);
  });

  it('renders nothing when there is no error', () => {
    expect(ErrorSummary({ errors: [] })).toBe('');
  });

  it('prefixes the page title when there are errors', () => {
    expect(titleWithErrors('Nộp hồ sơ', 2)).toBe('Lỗi: Nộp hồ sơ');
    expect(titleWithErrors('Nộp hồ sơ', 0)).toBe('Nộp hồ sơ');
  });
});
