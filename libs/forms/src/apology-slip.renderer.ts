import { Role } from '@motcua/domain';
import type { ApologyData } from './form-data';
import { FormName, FORMS } from './form-name';
import { FormPdfWriter } from './form-pdf.writer';
import { vietnameseDate } from './vietnamese-format';

/** Mẫu 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả (A5): the old and the new date. */
export function renderApologySlip(data: ApologyData): Promise<Buffer> {
  const pdf = new FormPdfWriter({
    size: 'A5',
    form: FORMS[FormName.Apology],
    agencyName: data.agencyName,
    dossierCode: data.dossierCode,
    issuedAt: data.extendedAt,
  });
  pdf
    .subtitle(`Mã hồ sơ: ${data.dossierCode}`)
    .line('Kính gửi: Ông/Bà ', { bold: data.applicantName })
    .line(
      data.receivedAt ? `Ngày ${vietnameseDate(data.receivedAt)}, ` : '',
      { bold: data.agencyName },
      ' tiếp nhận giải quyết hồ sơ của Ông/Bà.',
    )
    .field('Nội dung yêu cầu giải quyết', data.procedureName)
    .field(
      'Thời gian hẹn trả kết quả giải quyết hồ sơ',
      data.previousAppointmentDate ? vietnameseDate(data.previousAppointmentDate) : null,
    )
    .paragraph(
      'Tuy nhiên đến nay, cơ quan, đơn vị chưa trả kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn.',
      { align: 'justify' },
    )
    .field('Lý do', data.reason)
    .line(
      'Sự chậm trễ này đã gây phiền hà cho Ông/Bà. Chúng tôi xin lỗi Ông/Bà và sẽ trả kết quả ' +
        'giải quyết hồ sơ cho Ông/Bà vào ngày ',
      { bold: vietnameseDate(data.newAppointmentDate) },
      '.',
    )
    .paragraph('Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.')
    .signatures([
      data.extendedBy.role === Role.Leader
        ? {
            title: 'Thủ trưởng cơ quan, đơn vị',
            caption: '(Ký, ghi rõ họ tên, đóng dấu)',
            name: data.extendedBy.name,
          }
        : { title: 'Người lập phiếu', name: data.extendedBy.name },
    ]);
  return pdf.finish();
}
