import { holidayTableErrors, sortHolidays } from './holiday-table';

describe('holidayTableErrors', () => {
  it('accepts real dates of the year, each once, with names', () => {
    expect(
      holidayTableErrors(2091, [
        { date: '2091-09-02', name: 'Quốc khánh' },
        { date: '2091-01-01', name: 'Tết Dương lịch' },
      ]),
    ).toEqual([]);
    expect(holidayTableErrors(2091, [])).toEqual([]);
  });

  it('names the item whose date is not real, outside the year or repeated', () => {
    expect(
      holidayTableErrors(2091, [
        { date: '2091-02-30', name: 'A' },
        { date: '2092-01-01', name: 'B' },
        { date: '2091-05-01', name: 'C' },
        { date: '2091-05-01', name: 'D' },
        { date: '1/5/2091', name: 'E' },
      ]),
    ).toEqual([
      { field: 'items.0.date', message: 'Ngày không hợp lệ (YYYY-MM-DD).' },
      { field: 'items.1.date', message: 'Ngày phải thuộc năm 2091.' },
      { field: 'items.3.date', message: 'Ngày 2091-05-01 bị trùng với mục thứ 3.' },
      { field: 'items.4.date', message: 'Ngày không hợp lệ (YYYY-MM-DD).' },
    ]);
  });

  it('refuses blank and over-long names', () => {
    expect(
      holidayTableErrors(2091, [
        { date: '2091-01-01', name: '   ' },
        { date: '2091-01-02', name: 'x'.repeat(201) },
        { date: '2091-01-03', name: 'x'.repeat(200) },
      ]).map((e) => e.field),
    ).toEqual(['items.0.name', 'items.1.name']);
  });
});

describe('sortHolidays', () => {
  it('sorts by date without touching its input', () => {
    const input = [
      { date: '2091-09-02', name: 'B' },
      { date: '2091-01-01', name: 'A' },
    ];
    expect(sortHolidays(input).map((h) => h.name)).toEqual(['A', 'B']);
    expect(input[0].name).toBe('B');
  });
});
