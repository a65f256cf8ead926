import { DossierStatus } from '@motcua/domain';
import type { ControlSheetData, ControlStep } from './form-data';
import { FormName, FORMS, ONE_STOP_DESK } from './form-name';
import type { TableColumn } from './form-pdf.writer';
import { FormPdfWriter } from './form-pdf.writer';
import {
  actionLabel,
  roleLabel,
  statusLabel,
  vietnameseDate,
  vietnameseDateTime,
  vietnameseDuration,
} from './vietnamese-format';

const COLUMNS: TableColumn[] = [
  { header: 'STT', width: 26, align: 'center' },
  { header: 'Thời gian giao, nhận', width: 74 },
  { header: 'Chuyển bước (từ → đến)', width: 120 },
  { header: 'Người thực hiện', width: 110 },
  { header: 'Thời gian giữ hồ sơ', width: 62 },
  { header: 'Ghi chú', width: 123 },
];

/**
 * Mẫu 05: Phiếu kiểm soát quá trình giải quyết hồ sơ (A4): who held the dossier, from when,
 * and for how long (until the next step; the last one until the sheet is printed).
 */
export function renderControlSheet(data: ControlSheetData): Promise<Buffer> {
  const pdf = new FormPdfWriter({
    size: 'A4',
    form: FORMS[FormName.ControlSheet],
    agencyName: data.agencyName,
    unit: ONE_STOP_DESK,
    dossierCode: data.dossierCode,
    issuedAt: data.printedAt,
  });
  pdf
    .subtitle(`Mã hồ sơ: ${data.dossierCode}`)
    .field('Cơ quan giải quyết hồ sơ', data.agencyName)
    .field('Người nộp hồ sơ', data.applicantName)
    .field('Thủ tục', data.procedureName)
    .field('Thời gian nhận hồ sơ', vietnameseDateTime(data.receivedAt))
    .field(
      'Thời gian hẹn trả kết quả',
      data.appointmentDate ? vietnameseDate(data.appointmentDate) : '(chưa có)',
    )
    .gap(0.3)
    .table(COLUMNS, rowsOf(data.steps, data.printedAt));
  return pdf.finish();
}

/** Nobody holds a dossier after these: the last step has no holding time. */
const CLOSED: ReadonlySet<string> = new Set([
  DossierStatus.Returned,
  DossierStatus.Rejected,
  DossierStatus.Withdrawn,
]);

/** A table cell must fit on one page; longer notes are in the history. */
const NOTE_LIMIT = 600;

function clip(text: string, limit: number): string {
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

function transition(step: ControlStep): string {
  const to = statusLabel(step.toStatus);
  return step.fromStatus ? `${statusLabel(step.fromStatus)} → ${to}` : to;
}

function rowsOf(steps: ControlStep[], printedAt: Date): string[][] {
  return steps.map((step, i) => {
    const next = steps[i + 1]?.at ?? (CLOSED.has(step.toStatus) ? null : printedAt);
    return [
      String(i + 1),
      vietnameseDateTime(step.at),
      `${actionLabel(step.action)}\n${transition(step)}`,
      `${step.actor.name}\n(${roleLabel(step.actor.role)})`,
      next ? vietnameseDuration(next.getTime() - step.at.getTime()) : '—',
      clip(step.note ?? '', NOTE_LIMIT),
    ];
  });
}
