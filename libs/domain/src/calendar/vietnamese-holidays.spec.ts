import { dayOfWeek } from './calendar-date';
import { vietnameseHolidays } from './vietnamese-holidays';

const datesOf = (year: number, options?: { compensatoryDays?: boolean }) =>
  vietnameseHolidays(year, options).map((h) => h.date);

describe('vietnameseHolidays (Labour Code 2019 art. 112)', () => {
  it('lists the 11 statutory days of 2026 in date order, with Vietnamese names', () => {
    const holidays = vietnameseHolidays(2026, { compensatoryDays: false });
    expect(holidays).toEqual([
      { date: '2026-01-01', name: 'Tết Dương lịch' },
      { date: '2026-02-16', name: 'Tết Nguyên đán (29 tháng Chạp)' },
      { date: '2026-02-17', name: 'Tết Nguyên đán (mùng 1 tháng Giêng)' },
      { date: '2026-02-18', name: 'Tết Nguyên đán (mùng 2 tháng Giêng)' },
      { date: '2026-02-19', name: 'Tết Nguyên đán (mùng 3 tháng Giêng)' },
      { date: '2026-02-20', name: 'Tết Nguyên đán (mùng 4 tháng Giêng)' },
      { date: '2026-04-26', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
      { date: '2026-04-30', name: 'Ngày Chiến thắng (30/4)' },
      { date: '2026-05-01', name: 'Ngày Quốc tế Lao động (1/5)' },
      { date: '2026-09-01', name: 'Quốc khánh (nghỉ liền kề 2/9)' },
      { date: '2026-09-02', name: 'Quốc khánh (2/9)' },
    ]);
  });

  it.each([
    // lunar new year (mùng 1 Tết) as announced in Vietnam
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('puts Tết %i on the day before lunar new year %s through lunar 4/1', (year, newYear) => {
    const tet = vietnameseHolidays(year, { compensatoryDays: false })
      .filter((h) => h.name.startsWith('Tết Nguyên đán'))
      .map((h) => h.date);
    expect(tet).toHaveLength(5);
    expect(tet[1]).toBe(newYear);
    const eve = new Date(`${newYear}T00:00:00Z`);
    eve.setUTCDate(eve.getUTCDate() - 1);
    expect(tet[0]).toBe(eve.toISOString().slice(0, 10));
  });

  it('names the lunar year’s last day 29 or 30 tháng Chạp as the lunar month has it', () => {
    // lunar 12/2025 has 29 days; lunar 12/2023 has 30 (Tết 2024 began on 10/02/2024)
    expect(vietnameseHolidays(2026)[1].name).toBe('Tết Nguyên đán (29 tháng Chạp)');
    expect(vietnameseHolidays(2024).find((h) => h.date === '2024-02-09')?.name).toBe(
      'Tết Nguyên đán (30 tháng Chạp)',
    );
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
    [2028, '2028-04-04'],
  ])('puts Giỗ Tổ Hùng Vương %i on %s (10/3 lunar)', (year, date) => {
    expect(vietnameseHolidays(year).find((h) => h.date === date)?.name).toBe(
      'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    );
  });

  it('gives a compensatory day for a holiday on a weekend (art. 111(3))', () => {
    // 26/04/2026 (Giỗ Tổ) is a Sunday → Monday 27/04 off
    expect(vietnameseHolidays(2026)).toContainEqual({
      date: '2026-04-27',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    });
    expect(datesOf(2026)).toHaveLength(12);
    // Tết 2027: 05/02 (Fri) to 09/02 (Tue) spans a weekend → 10/02 and 11/02;
    // 01/05/2027 is a Saturday → Monday 03/05
    const holidays2027 = vietnameseHolidays(2027);
    expect(holidays2027.filter((h) => h.name.startsWith('Nghỉ bù'))).toEqual([
      { date: '2027-02-10', name: 'Nghỉ bù Tết Nguyên đán (mùng 1 tháng Giêng)' },
      { date: '2027-02-11', name: 'Nghỉ bù Tết Nguyên đán (mùng 2 tháng Giêng)' },
      { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5)' },
    ]);
  });

  it('never puts a compensatory day on a weekend or on another holiday', () => {
    for (let year = 2000; year <= 2099; year++) {
      const all = vietnameseHolidays(year);
      const statutory = new Set(datesOf(year, { compensatoryDays: false }));
      const weekendStatutory = [...statutory].filter((d) => [0, 6].includes(dayOfWeek(d)));
      const compensatory = all.filter((h) => h.name.startsWith('Nghỉ bù'));
      expect(compensatory).toHaveLength(weekendStatutory.length);
      for (const { date } of compensatory) {
        expect([0, 6]).not.toContain(dayOfWeek(date));
        expect(statutory.has(date)).toBe(false);
      }
      expect(new Set(all.map((h) => h.date)).size).toBe(all.length);
      expect(all.every((h) => h.date.startsWith(`${year}-`))).toBe(true);
    }
  });

  it('returns the holidays in date order', () => {
    for (const year of [2026, 2027, 2028, 2033]) {
      const dates = datesOf(year);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('computes 1901–2200 and refuses other years', () => {
    expect(() => vietnameseHolidays(1800)).toThrow(RangeError);
    expect(() => vietnameseHolidays(2201)).toThrow(RangeError);
    expect(vietnameseHolidays(2100).length).toBeGreaterThanOrEqual(11);
    expect(() => vietnameseHolidays(2026.5)).toThrow(RangeError);
  });
});
