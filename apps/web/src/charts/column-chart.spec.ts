import { ColumnChart, niceCeiling } from './column-chart';

describe('ColumnChart', () => {
  it('rounds the axis up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 12, 180, 501].map(niceCeiling)).toEqual([1, 1, 5, 10, 20, 200, 1000]);
  });

  it('stacks the series of a column and names them in the legend, escaping the text', () => {
    const html = ColumnChart({
      title: 'Hồ sơ',
      labels: ['<b>', '02/03'],
      series: [
        { name: 'Trực tuyến', color: '#0b4ea2', values: [2, 0] },
        { name: 'Tại quầy', color: '#00703c', values: [3, 1] },
      ],
    }) as string;
    // three non-empty parts: 2 and 3 in the first column, 1 in the second
    expect(html.match(/<rect x=/g)).toHaveLength(3);
    expect(html).toContain('&lt;b>');
    expect(html).toContain('Trực tuyến');
    expect(html).toContain('role="img"');
  });
});
