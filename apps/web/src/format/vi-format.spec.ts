import {
  deliveryStatusLabel,
  formatDate,
  formatDateTime,
  formatFee,
  formatMoney,
  formatPercent,
  formatWorkingDays,
  statusLabel,
} from './vi-format';

describe('Vietnamese formatting', () => {
  it('writes a calendar date as dd/mm/yyyy without moving it across time zones', () => {
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
  });

  it("takes an instant's date in Việt Nam, not in UTC", () => {
    // 20:00 UTC on the 1st is 03:00 on the 2nd in Hà Nội
    expect(formatDate('2026-03-01T20:00:00Z')).toBe('02/03/2026');
    expect(formatDate(new Date('2026-03-01T16:59:00Z'))).toBe('01/03/2026');
    expect(formatDateTime('2026-03-01T20:05:00Z')).toBe('03:05 02/03/2026');
    expect(formatDateTime('2026-03-01T10:30:00+07:00')).toBe('10:30 01/03/2026');
  });

  it('writes nothing for no date and leaves an unreadable one as it is', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDateTime('')).toBe('');
    expect(formatDate('không rõ')).toBe('không rõ');
  });

  it('writes amounts in đồng with dots between thousands', () => {
    expect(formatMoney(150000)).toBe('150.000 đồng');
    expect(formatMoney(1250000)).toBe('1.250.000 đồng');
    expect(formatMoney(500)).toBe('500 đồng');
    expect(formatFee(0)).toBe('Miễn phí');
    expect(formatFee(8000)).toBe('8.000 đồng');
  });

  it('writes shares as percentages with a decimal comma', () => {
    expect(formatPercent(0.875)).toBe('87,5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('–');
  });

  it('counts working days in words', () => {
    expect(formatWorkingDays(3)).toBe('3 ngày làm việc');
  });

  it('names every dossier status in Vietnamese and keeps an unknown one readable', () => {
    expect(statusLabel('SUBMITTED')).toBe('Chờ tiếp nhận');
    expect(statusLabel('RESULT_READY')).toBe('Có kết quả, chờ trả');
    expect(statusLabel('RETURNED')).toBe('Đã trả kết quả');
    expect(statusLabel('SOMETHING_NEW')).toBe('SOMETHING_NEW');
    expect(deliveryStatusLabel('IN_TRANSIT')).toBe('Đang vận chuyển');
  });

  it("writes instants as Asia/Ho_Chi_Minh's calendar does, across days, months and years", () => {
    const zone = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const start = Date.UTC(2000, 0, 1);
    const end = Date.UTC(2040, 0, 1);
    for (let i = 0; i < 2000; i++) {
      // spread over 40 years, on odd minutes, including the hours around midnight in Việt Nam
      const instant = new Date(start + Math.floor(((end - start) * i) / 2000) + i * 61_000);
      const p = Object.fromEntries(
        zone.formatToParts(instant).map((part) => [part.type, part.value]),
      );
      expect(formatDateTime(instant)).toBe(`${p.hour}:${p.minute} ${p.day}/${p.month}/${p.year}`);
      expect(formatDate(instant.toISOString())).toBe(`${p.day}/${p.month}/${p.year}`);
    }
  });
});
