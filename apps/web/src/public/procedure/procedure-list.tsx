import type { components } from '../../api/api-client';
import { formatFee, formatWorkingDays } from '../../format/vi-format';

type Procedure = components['schemas']['ProcedureDto'];

export function procedureHref(code: string): string {
  return `/thu-tuc/${encodeURIComponent(code)}`;
}

/** Procedures as a list of links, with the agency, the time and the fee under each. */
export function ProcedureList({ procedures }: { procedures: Procedure[] }): JSX.Element {
  if (procedures.length === 0) return <p>Chưa có thủ tục nào.</p>;
  return (
    <ul class="cards">
      {procedures.map((p) => (
        <li>
          <a href={procedureHref(p.code)} safe>
            {p.name}
          </a>
          <br />
          <span class="muted" safe>
            {`${p.agencyName} · ${formatWorkingDays(p.processingDays)} · ${formatFee(p.fee)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
