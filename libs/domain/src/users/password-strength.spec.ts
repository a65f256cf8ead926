import { passwordWeakness } from './password-strength';

describe('passwordWeakness', () => {
  const owner = { nationalId: '001090012345', phone: '0912345678', email: 'an.nguyen@example.vn' };

  it.each([
    'MatKhau@2025',
    'Demo@123456',
    'correct horse battery staple',
    'Tôi-đi-làm-lúc-7h',
    'x7#Qp!vR2m',
  ])('accepts %s', (password) => {
    expect(passwordWeakness(password, owner)).toBeNull();
  });

  it.each([
    ['1234567', /từ 8 đến 128 ký tự/],
    ['a'.repeat(129), /từ 8 đến 128 ký tự/],
    ['11111111', /lặp lại/],
    ['abababab', /lặp lại/],
    ['123123123', /lặp lại/],
    ['12345678', /dãy ký tự liên tiếp/],
    ['87654321', /dãy ký tự liên tiếp/],
    ['abcdefgh', /dãy ký tự liên tiếp/],
    ['QWERTYUI', /dãy ký tự liên tiếp/],
    ['matkhau123', /quá phổ biến/],
    ['MậtKhẩu2024', /quá phổ biến/],
    ['password', /quá phổ biến/],
    ['Password1!', /quá phổ biến/],
    ['iloveyou', /quá phổ biến/],
    ['anhyeuem1', /quá phổ biến/],
    ['aaaa1234', /dễ đoán/],
    ['001090012345', /số định danh/],
    ['cccd001090012345', /số định danh/],
    ['0912345678', /số điện thoại/],
    ['+84912345678', /số điện thoại/],
    ['an.nguyen!2024', /email/],
  ])('refuses %s and says why', (password, reason) => {
    expect(passwordWeakness(password, owner)).toMatch(reason);
  });

  it('needs no owner to judge the password alone', () => {
    expect(passwordWeakness('0912345678')).toBeNull();
    expect(passwordWeakness('11111111')).toMatch(/lặp lại/);
  });
});
