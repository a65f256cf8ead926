import { deskTargetOf, dossierBody, readDeskEntry, type DeskProcedure } from './desk-entry';

const procedure: DeskProcedure = {
  code: '1.000001',
  postalDelivery: true,
  fields: [{ key: 'copies', label: 'Số bản', type: 'number', required: true }],
  requiredDocuments: [
    { code: 'TO_KHAI', name: 'Tờ khai', required: true },
    { code: 'UY_QUYEN', name: 'Giấy ủy quyền', required: false },
  ],
};

const applicant = {
  'fd.applicant.nationalId': '0011 9000 9999',
  'fd.applicant.fullName': 'Nguyễn Văn Hùng',
  'fd.applicant.phone': '091 234 5678',
};
const scan = { fileId: '6f1c2f0e-3b9c-4f7e-9a51-0d3f3c1b2a10', fileName: 'to-khai.pdf' };

describe('readDeskEntry', () => {
  it('reads the applicant, the answers and the scans into the body the API takes from the desk', () => {
    const read = readDeskEntry(
      procedure,
      { ...applicant, 'fd.copies': '2', channel: 'POSTAL', deliveryMethod: 'COUNTER' },
      { TO_KHAI: scan },
    );
    expect(read.errors).toEqual([]);
    expect(dossierBody(procedure.code, read.entry!)).toEqual({
      procedureCode: '1.000001',
      applicant: { nationalId: '001190009999', fullName: 'Nguyễn Văn Hùng', phone: '0912345678' },
      formData: { copies: 2 },
      attachments: [{ documentCode: 'TO_KHAI', fileId: scan.fileId }],
      channel: 'POSTAL',
      deliveryMethod: 'COUNTER',
    });
  });

  it('asks for a scan of each required document only, and for the address only when sent by post', () => {
    const counter = readDeskEntry(procedure, { ...applicant, 'fd.copies': '1' }, {});
    expect(counter.errors).toEqual([
      { key: 'scan:TO_KHAI', message: 'Hãy tải lên bản quét "Tờ khai".' },
    ]);
    const postal = readDeskEntry(
      procedure,
      { ...applicant, 'fd.copies': '1', deliveryMethod: 'POSTAL' },
      { TO_KHAI: scan },
    );
    expect(postal.errors.map((e) => e.key)).toEqual([
      'delivery.recipientName',
      'delivery.phone',
      'delivery.street',
      'delivery.ward',
      'delivery.district',
      'delivery.province',
    ]);
  });

  it('refuses delivery by post for a procedure without it', () => {
    const read = readDeskEntry(
      { ...procedure, postalDelivery: false },
      { ...applicant, 'fd.copies': '1', deliveryMethod: 'POSTAL' },
      { TO_KHAI: scan },
    );
    expect(read.entry?.deliveryMethod).toBe('COUNTER');
  });
});

describe('deskTargetOf', () => {
  const sent = [{ documentCode: 'UY_QUYEN' }, { documentCode: 'TO_KHAI' }];
  it.each([
    ['applicant.nationalId', 'f-applicant_nationalId'],
    ['formData.copies', 'f-copies'],
    ['deliveryAddress.ward', 'f-delivery_ward'],
    ['attachments.TO_KHAI', 'scan-TO_KHAI'],
    ['attachments[1].fileId', 'scan-TO_KHAI'],
    ['channel', 'channel-COUNTER'],
    ['procedureCode', undefined],
  ])('puts %s beside %s', (path, target) => {
    expect(deskTargetOf(procedure, path, sent)).toBe(target);
  });
});
