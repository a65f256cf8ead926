import type { NotificationInput } from './templates';
import {
  escapeHtml,
  formatVietnameseDate,
  NotificationEvent,
  NotificationInputError,
  renderNotification,
  passwordResetSms,
  renderInvitation,
  renderPasswordReset,
} from './templates';

const CODE = '000.00.00.H00-261126-0007';
const XSS = '<script>alert("x")</script>';

const base: Omit<NotificationInput, 'event'> = {
  dossierCode: CODE,
  procedureName: 'Cấp bản sao trích lục khai sinh',
  applicantName: 'Nguyễn Thị Hoà',
  trackingUrl: 'https://motcua.example.gov.vn/tra-cuu?code=000.00.00.H00-261126-0007&x=1',
};

/** A complete input for each event, with the fields that event needs. */
const inputs: Record<NotificationEvent, NotificationInput> = {
  [NotificationEvent.Submitted]: { ...base, event: NotificationEvent.Submitted },
  [NotificationEvent.Received]: {
    ...base,
    event: NotificationEvent.Received,
    appointmentDate: '2026-12-03',
  },
  [NotificationEvent.SupplementRequired]: {
    ...base,
    event: NotificationEvent.SupplementRequired,
    reason: 'Bản sao Căn cước công dân bị mờ',
    documents: ['Bản sao Căn cước công dân', 'Tờ khai theo mẫu'],
  },
  [NotificationEvent.Rejected]: {
    ...base,
    event: NotificationEvent.Rejected,
    reason: 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan',
  },
  [NotificationEvent.ResultReady]: {
    ...base,
    event: NotificationEvent.ResultReady,
    deliveryMethod: 'COUNTER',
  },
  [NotificationEvent.HandedToPost]: {
    ...base,
    event: NotificationEvent.HandedToPost,
    trackingNumber: 'EB123456789VN',
  },
  [NotificationEvent.Delivered]: { ...base, event: NotificationEvent.Delivered },
  [NotificationEvent.Extended]: {
    ...base,
    event: NotificationEvent.Extended,
    appointmentDate: '2026-12-03',
    newAppointmentDate: '2026-12-10',
    reason: 'Hồ sơ cần xác minh thêm tại địa phương nơi đăng ký khai sinh.',
  },
};

/** Key Vietnamese words each letter must carry. */
const keyWords: Record<NotificationEvent, string[]> = {
  [NotificationEvent.Submitted]: ['nộp trực tuyến thành công', 'Mã hồ sơ', 'tra cứu'],
  [NotificationEvent.Received]: ['đã tiếp nhận', 'Ngày hẹn trả kết quả: 03/12/2026', 'PDF'],
  [NotificationEvent.SupplementRequired]: [
    'bổ sung, hoàn thiện',
    'Lý do: Bản sao Căn cước công dân bị mờ',
    '  - Bản sao Căn cước công dân\n  - Tờ khai theo mẫu',
  ],
  [NotificationEvent.Rejected]: [
    'không được tiếp nhận giải quyết',
    'Lý do: Thủ tục không thuộc thẩm quyền',
  ],
  [NotificationEvent.ResultReady]: ['đã có kết quả giải quyết', 'Bộ phận Tiếp nhận và Trả kết quả'],
  [NotificationEvent.HandedToPost]: ['bưu chính', 'Mã vận đơn: EB123456789VN'],
  [NotificationEvent.Delivered]: ['đã được giao thành công'],
  [NotificationEvent.Extended]: [
    'thành thật xin lỗi',
    'vào ngày 03/12/2026 như đã hẹn',
    'xác minh thêm tại địa phương',
    'Ngày hẹn trả kết quả mới: 10/12/2026',
  ],
};

describe('notification templates', () => {
  it('has one template per event', () => {
    expect(Object.values(NotificationEvent)).toHaveLength(8);
    expect([...Object.values(NotificationEvent)].sort()).toEqual(Object.keys(inputs).sort());
  });

  describe.each(Object.values(NotificationEvent))('%s', (event) => {
    const input = inputs[event];
    const letter = renderNotification(input);

    it('puts the dossier code in a one-line subject', () => {
      expect(letter.subject).toContain(CODE);
      expect(letter.subject).not.toMatch(/[\r\n]/);
    });

    it('is polite Vietnamese with diacritics, in text and html', () => {
      expect(letter.text.startsWith('Kính gửi ông/bà Nguyễn Thị Hoà,')).toBe(true);
      expect(letter.text).toContain('Trân trọng,');
      expect(letter.text).toContain(base.procedureName);
      for (const words of keyWords[event]) expect(letter.text).toContain(words);
      expect(letter.html).toContain('<html lang="vi">');
      expect(letter.html).toContain('<meta charset="utf-8">');
      expect(letter.html).toContain('Kính gửi ông/bà Nguyễn Thị Hoà,');
    });

    it('never shows an ISO date', () => {
      expect(letter.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(letter.html).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    });

    it('escapes everything interpolated into html', () => {
      const hostile: NotificationInput = {
        ...input,
        applicantName: `Lê Văn ${XSS}`,
        procedureName: `Thủ tục ${XSS}`,
        trackingUrl: `https://x.example/"><script>alert(1)</script>`,
        reason: input.reason === undefined ? undefined : `Lý do ${XSS}`,
        documents: input.documents?.map(() => XSS),
        trackingNumber: input.trackingNumber === undefined ? undefined : `EB<b>1</b>`,
      };
      const { html, text } = renderNotification(hostile);
      expect(html).not.toContain('<script>');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      // the text part is plain text: shown as written
      expect(text).toContain(XSS);
    });
  });

  it('links the tracking page in html, with & escaped in the attribute', () => {
    const { html, text } = renderNotification(inputs[NotificationEvent.Submitted]);
    const escaped = escapeHtml(base.trackingUrl);
    expect(html).toContain(`<a href="${escaped}">${escaped}</a>`);
    expect(html).toContain('code=000.00.00.H00-261126-0007&amp;x=1');
    expect(text).toContain(base.trackingUrl);
  });

  it('never makes a non-http link clickable', () => {
    const { html } = renderNotification({
      ...inputs[NotificationEvent.Submitted],
      trackingUrl: 'javascript:alert(1)',
    });
    expect(html).not.toContain('href=');
    expect(html).toContain('javascript:alert(1)');
  });

  it('mentions the appointment date in the received subject', () => {
    expect(renderNotification(inputs[NotificationEvent.Received]).subject).toBe(
      `[${CODE}] Hồ sơ đã được tiếp nhận, hẹn trả kết quả ngày 03/12/2026`,
    );
  });

  it('says where to get the receipt when it could not be attached', () => {
    const { text } = renderNotification({
      ...inputs[NotificationEvent.Received],
      receiptAttached: false,
    });
    expect(text).not.toContain('được đính kèm thư này');
    expect(text).toContain('chưa đính kèm được vào thư này');
    expect(text).toContain('tải giấy này khi đăng nhập và xem hồ sơ');
  });

  it('tells how to collect the result: counter or post', () => {
    const counter = renderNotification(inputs[NotificationEvent.ResultReady]).text;
    expect(counter).toContain('Ông/bà vui lòng đến Bộ phận Tiếp nhận và Trả kết quả');
    expect(counter).toContain('Căn cước công dân');
    expect(counter).toContain('Hồ sơ "Cấp bản sao');

    const byPost = renderNotification({
      ...inputs[NotificationEvent.ResultReady],
      deliveryMethod: 'POSTAL',
    }).text;
    expect(byPost).toContain('dịch vụ bưu chính công ích');
    expect(byPost).not.toContain('Ông/bà vui lòng đến');
    // no method given: the counter
    const { deliveryMethod: _omit, ...noMethod } = inputs[NotificationEvent.ResultReady];
    expect(renderNotification(noMethod).text).toBe(counter);
  });

  it('puts the tracking number in the handed-to-post subject', () => {
    expect(renderNotification(inputs[NotificationEvent.HandedToPost]).subject).toContain(
      'mã vận đơn EB123456789VN',
    );
  });

  it('lists supplement documents in html and skips the list when there are none', () => {
    const { html } = renderNotification(inputs[NotificationEvent.SupplementRequired]);
    expect(html).toContain('<ul><li>Bản sao Căn cước công dân</li><li>Tờ khai theo mẫu</li></ul>');
    const none = renderNotification({
      ...inputs[NotificationEvent.SupplementRequired],
      documents: [],
    });
    expect(none.html).not.toContain('<ul>');
    expect(none.text).not.toContain('Giấy tờ cần bổ sung');
  });

  it('keeps the line breaks of a multi-line apology letter', () => {
    const { html, text } = renderNotification({
      ...inputs[NotificationEvent.Extended],
      reason: 'Dòng một.\nDòng hai.',
    });
    expect(text).toContain('Dòng một.\nDòng hai.');
    expect(html).toContain('Dòng một.<br>Dòng hai.');
  });

  it('extended without the missed date still apologises', () => {
    const { appointmentDate: _omit, ...input } = inputs[NotificationEvent.Extended];
    const { text, subject } = renderNotification(input);
    expect(text).toContain('chưa thể trả kết quả đúng hẹn.');
    expect(subject).toBe(`[${CODE}] Thư xin lỗi và hẹn lại ngày trả kết quả (10/12/2026)`);
  });

  it.each<[NotificationEvent, keyof NotificationInput]>([
    [NotificationEvent.Received, 'appointmentDate'],
    [NotificationEvent.SupplementRequired, 'reason'],
    [NotificationEvent.Rejected, 'reason'],
    [NotificationEvent.HandedToPost, 'trackingNumber'],
    [NotificationEvent.Extended, 'newAppointmentDate'],
    [NotificationEvent.Extended, 'reason'],
  ])('%s without %s is refused', (event, field) => {
    expect(() => renderNotification({ ...inputs[event], [field]: undefined })).toThrow(
      NotificationInputError,
    );
    expect(() => renderNotification({ ...inputs[event], [field]: '  ' })).toThrow(field);
  });

  it('refuses an unknown event', () => {
    expect(() =>
      renderNotification({ ...base, event: 'bogus' as unknown as NotificationEvent }),
    ).toThrow(RangeError);
  });
});

describe('formatVietnameseDate', () => {
  it('reads YYYY-MM-DD as a calendar date', () => {
    expect(formatVietnameseDate('2026-01-05')).toBe('05/01/2026');
  });

  it('reads instants in Asia/Ho_Chi_Minh', () => {
    // 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Vietnam
    expect(formatVietnameseDate(new Date('2026-12-31T17:30:00Z'))).toBe('01/01/2027');
    expect(formatVietnameseDate('2026-12-31T16:59:00Z')).toBe('31/12/2026');
  });

  it('refuses what is not a date', () => {
    expect(() => formatVietnameseDate('not a date')).toThrow(RangeError);
  });
});

describe('renderPasswordReset', () => {
  const input = {
    fullName: 'Nguyễn Văn <An>',
    resetUrl: 'https://dichvucong.example.vn/dat-lai-mat-khau/abc_DEF-123',
    validMinutes: 30,
  };

  it('gives the link, its lifetime and what to do when the request was not theirs', () => {
    const letter = renderPasswordReset(input);
    expect(letter.text).toContain(input.resetUrl);
    expect(letter.text).toContain('30 phút');
    expect(letter.text).toContain('không yêu cầu đặt lại mật khẩu');
    expect(letter.html).toContain(`<a href="${input.resetUrl}">`);
    expect(letter.html).toContain('Nguyễn Văn &lt;An&gt;');
    expect(passwordResetSms(input)).toContain(input.resetUrl);
  });
});

describe('renderInvitation', () => {
  it('gives the console link, the agency and the link’s lifetime', () => {
    const input = {
      fullName: 'Trần Thị <Bình>',
      invitationUrl: 'https://dichvucong.example.vn/can-bo/kich-hoat/abc_DEF-123',
      agencyName: 'UBND phường Ba Đình',
      validHours: 72,
    };
    const letter = renderInvitation(input);
    expect(letter.subject).toBe('Mời kích hoạt tài khoản cán bộ Một cửa điện tử');
    expect(letter.text).toContain(input.invitationUrl);
    expect(letter.text).toContain('72 giờ');
    expect(letter.text).toContain('UBND phường Ba Đình');
    expect(letter.html).toContain(`<a href="${input.invitationUrl}">`);
    expect(letter.html).toContain('Trần Thị &lt;Bình&gt;');
  });
});
