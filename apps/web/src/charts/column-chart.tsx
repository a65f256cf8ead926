import { formatNumber } from '../format/vi-format';

export interface Series {
  name: string;
  /** A fill with at least 3:1 contrast on white, told apart from the others in the legend. */
  color: string;
  /** One count per column, in the columns' order. */
  values: number[];
}

const HEIGHT = 220;
const TOP = 12;
const BOTTOM = 36;
const LEFT = 48;
const MIN_COLUMN = 14;
const MAX_COLUMN = 40;
const GAP = 6;
const LABEL_EVERY_PX = 64;

/** The smallest round number (1, 2 or 5 × 10ⁿ) at or above `value`, so the axis reads easily. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) {
    if (step * power >= value) return step * power;
  }
  return 10 * power;
}

/**
 * Counts per interval as stacked columns, drawn on the server as SVG (no script; presentation
 * attributes only, the CSP allows no inline style). Series are stacked in their order from the
 * axis up. The figures are in the table beside the chart, which is what screen readers read;
 * the legend says which colour is which series.
 */
export function ColumnChart({
  title,
  labels,
  series,
}: {
  title: string;
  labels: string[];
  series: Series[];
}): JSX.Element {
  const totals = labels.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const top = niceCeiling(Math.max(0, ...totals));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const column = Math.max(
    MIN_COLUMN,
    Math.min(MAX_COLUMN, Math.floor(600 / Math.max(1, labels.length)) - GAP),
  );
  const width = LEFT + labels.length * (column + GAP) + GAP;
  const labelEvery = Math.max(1, Math.ceil(LABEL_EVERY_PX / (column + GAP)));
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight;
  return (
    <figure class="chart-figure">
      <svg
        class="chart"
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={String(width)}
        height={String(HEIGHT)}
        role="img"
        aria-label={`${title}: biểu đồ cột, số liệu trong bảng bên cạnh`}
        xmlns="http://www.w3.org/2000/svg"
      >
        {(Number.isInteger(top / 2) ? [0, top / 2, top] : [0, top]).map((tick) => (
          <g>
            <line
              x1={String(LEFT - 4)}
              x2={String(width)}
              y1={String(y(tick))}
              y2={String(y(tick))}
              stroke="#b1b4b6"
              stroke-width="1"
            />
            <text
              x={String(LEFT - 8)}
              y={String(y(tick) + 4)}
              font-size="12"
              text-anchor="end"
              fill="#1b1b1b"
              safe
            >
              {formatNumber(tick)}
            </text>
          </g>
        ))}
        {labels.map((label, i) => {
          const x = LEFT + GAP + i * (column + GAP);
          let base = 0;
          return (
            <g>
              {series.map((s) => {
                const value = s.values[i] ?? 0;
                const from = base;
                base += value;
                return value > 0 ? (
                  <rect
                    x={String(x)}
                    y={String(y(from + value))}
                    width={String(column)}
                    height={String(y(from) - y(from + value))}
                    fill={s.color}
                  />
                ) : (
                  ''
                );
              })}
              {i % labelEvery === 0 ? (
                <text
                  x={String(x + column / 2)}
                  y={String(HEIGHT - BOTTOM + 16)}
                  font-size="12"
                  text-anchor="middle"
                  fill="#1b1b1b"
                  safe
                >
                  {label}
                </text>
              ) : (
                ''
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend">
          {series.map((s) => (
            <li>
              <svg
                class="chart-legend__swatch"
                viewBox="0 0 12 12"
                width="12"
                height="12"
                aria-hidden="true"
              >
                <rect width="12" height="12" fill={s.color} />
              </svg>{' '}
              <span safe>{s.name}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
