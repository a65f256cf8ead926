import { FormGroup, groupAria } from './form-group';

describe('FormGroup and groupAria', () => {
  it('binds the label and shows the hint and the error, which the input names', () => {
    const html = FormGroup({
      id: 'email',
      label: 'Thư điện tử',
      hint: 'Dùng để đăng nhập',
      error: 'Chưa đúng',
      children: '<input id="email">',
    }) as string;
    expect(html).toContain('class="form-group form-group--error"');
    expect(html).toContain('<label class="label" for="email">Thư điện tử</label>');
    expect(html).toContain('<p class="hint" id="email-hint">Dùng để đăng nhập</p>');
    expect(html).toContain('id="email-error"');
    expect(groupAria('email', true, 'Chưa đúng')).toEqual({
      'aria-describedby': 'email-hint email-error',
      'aria-invalid': 'true',
    });
  });

  it('escapes the label, and names nothing when there is no hint and no error', () => {
    expect(FormGroup({ id: 'name', label: 'Tên <cơ quan>', children: '<input id="name">' })).toBe(
      '<div class="form-group"><label class="label" for="name">Tên &lt;cơ quan></label><input id="name"></div>',
    );
    expect(groupAria('name', false, undefined)).toEqual({
      'aria-describedby': undefined,
      'aria-invalid': undefined,
    });
  });
});
