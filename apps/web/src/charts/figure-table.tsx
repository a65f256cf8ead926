export interface FigureRow {
  /** What the row counts (a period, a procedure, an agency): the row's heading. */
  label: string;
  /** The row's figures, already formatted, one per column after the first. */
  figures: string[];
}

export interface FigureTableProps {
  /** The table's caption, also the name of the scrolling region around it. */
  caption: string;
  /** The column headings, the first over the rows' labels; none for a plain list of figures. */
  columns?: string[];
  rows: FigureRow[];
}

/**
 * The figures a chart draws, as the table screen readers read. The region around it is
 * focusable so that keyboard users can scroll a table wider than a phone.
 */
export function FigureTable({ caption, columns, rows }: FigureTableProps): JSX.Element {
  const [rowHeading, ...figureHeadings] = columns ?? [];
  return (
    <div class="table-wrap" tabindex="0" role="region" aria-label={caption}>
      <table>
        <caption safe>{caption}</caption>
        {columns ? (
          <thead>
            <tr>
              <th scope="col" safe>
                {rowHeading}
              </th>
              {figureHeadings.map((heading) => (
                <th scope="col" class="number" safe>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
        ) : (
          ''
        )}
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row" safe>
                {row.label}
              </th>
              {row.figures.map((figure) => (
                <td class="number" safe>
                  {figure}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
