import type { RefusalData } from './form-data';
import { FormName, FORMS, ONE_STOP_DESK } from './form-name';
import { FormPdfWriter } from './form-pdf.writer';
import { roleLabel, vietnameseDateTime } from './vietnamese-format';

/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ (A5), with the reason. */
export function renderRefusalSlip(data: RefusalData): Promise<Buffer> {
  const pdf = new FormPdfWriter({
    size: 'A5',
    form: FORMS[FormName.Refusal],
    agencyName: data.agencyName,
    unit: ONE_STOP_DESK,
    dossierCode: data.dossierCode,
    issuedAt: data.rejectedAt,
  });
  pdf
    .subtitle(`Mã hồ sơ: ${data.dossierCode}`)
    .line(`${ONE_STOP_DESK}: `, { bold: data.agencyName })
    .field('Tiếp nhận hồ sơ của', data.applicantName)
    .field('Nội dung yêu cầu giải quyết', data.procedureName)
    .paragraph(
      'Sau khi xem xét, đối chiếu hồ sơ với quy định, cơ quan, đơn vị không tiếp nhận, giải quyết ' +
        'hồ sơ này với lý do cụ thể như sau:',
      { align: 'justify' },
    )
    .paragraph(data.reason, { bold: true })
    .field(
      'Người từ chối',
      `${data.rejectedBy.name} (${roleLabel(data.rejectedBy.role)}), lúc ${vietnameseDateTime(data.rejectedAt)}`,
    )
    .paragraph('Xin thông báo để Ông/Bà được biết và thực hiện./.')
    .signatures([{ title: 'Người tiếp nhận hồ sơ', name: data.rejectedBy.name }]);
  return pdf.finish();
}
