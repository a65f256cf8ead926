import {
  actionLabel,
  roleLabel,
  statusLabel,
  vietnameseDate,
  vietnameseDateTime,
  vietnameseDuration,
  vietnameseLongDate,
} from './vietnamese-format';

describe('Vietnamese formats', () => {
  it('writes calendar dates as dd/MM/yyyy without moving them across time zones', () => {
    expect(vietnameseDate('2026-12-03')).toBe('03/12/2026');
    expect(vietnameseLongDate('2026-01-05')).toBe('ngày 05 tháng 01 năm 2026');
  });

  it('reads instants in Asia/Ho_Chi_Minh', () => {
    // 17:30 UTC on 31 December is already New Year's Day in Hà Nội
    const instant = new Date('2025-12-31T17:30:00Z');
    expect(vietnameseDate(instant)).toBe('01/01/2026');
    expect(vietnameseDateTime(instant)).toBe('00:30 ngày 01/01/2026');
    expect(vietnameseDateTime('2026-11-26T02:05:00.000Z')).toBe('09:05 ngày 26/11/2026');
    expect(vietnameseLongDate(instant)).toBe('ngày 01 tháng 01 năm 2026');
  });

  it.each([
    [0, '0 phút'],
    [59 * 60_000, '59 phút'],
    [60 * 60_000, '1 giờ'],
    [90 * 60_000, '1 giờ 30 phút'],
    [24 * 3_600_000, '1 ngày'],
    [50 * 3_600_000 + 59 * 60_000, '2 ngày 2 giờ'],
    [-5_000, '0 phút'],
  ])('says %p ms as %p', (ms, text) => {
    expect(vietnameseDuration(ms)).toBe(text);
  });

  it('labels roles, actions and statuses, keeping unknown names as they are', () => {
    expect(roleLabel('RECEPTION')).toBe('Cán bộ tiếp nhận');
    expect(roleLabel('ROBOT')).toBe('ROBOT');
    expect(actionLabel('request-supplement')).toBe('Yêu cầu bổ sung');
    expect(actionLabel('teleport')).toBe('teleport');
    expect(statusLabel('RECEIVED')).toBe('Đã tiếp nhận');
    expect(statusLabel('LOST')).toBe('LOST');
  });
});
