import { formatPercent } from '../format/vi-format';

export interface Bar {
  label: string;
  /** A share 0..1; null: too few dossiers to say. */
  value: number | null;
}

const ROW = 44;
const WIDTH = 320;
const LABEL_WIDTH = 0;
const BAR_MAX = WIDTH - 64;

/**
 * Horizontal bars of shares, drawn on the server as SVG: no script, presentation attributes
 * only (the CSP allows no inline style). Each row: the label above its bar, the figure after it.
 * The same figures are in the table beside the chart, which is what screen readers read.
 */
export function ShareChart({ title, bars }: { title: string; bars: Bar[] }): JSX.Element {
  const height = bars.length * ROW + 8;
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={String(WIDTH)}
      height={String(height)}
      role="img"
      aria-label={`${title}: biểu đồ, số liệu trong bảng bên dưới`}
      xmlns="http://www.w3.org/2000/svg"
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const width = bar.value === null ? 0 : Math.max(2, Math.round(bar.value * BAR_MAX));
        return (
          <g>
            <text x={String(LABEL_WIDTH)} y={String(y + 14)} font-size="13" fill="#1b1b1b" safe>
              {truncate(bar.label, 40)}
            </text>
            <rect x="0" y={String(y + 20)} width={String(BAR_MAX)} height="16" fill="#e6e6e6" />
            <rect x="0" y={String(y + 20)} width={String(width)} height="16" fill="#0b4ea2" />
            <text x={String(BAR_MAX + 6)} y={String(y + 33)} font-size="13" fill="#1b1b1b" safe>
              {bar.value === null ? 'chưa đủ' : formatPercent(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
