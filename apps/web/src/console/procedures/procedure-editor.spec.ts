import { editorTargetOf, readEditor, withEmptyRows, EMPTY_ROWS } from './procedure-editor';

const base = {
  code: '9.000001',
  name: 'Thủ tục thử',
  agencyCode: '000.00.00.H00',
  processingDays: '5',
  fee: '1.500.000',
  onlineLevel: 'PARTIAL',
  fieldRows: '4',
  documentRows: '2',
};

describe('readEditor', () => {
  it('reads the rows in order, a blank row being no row, and the options one per line', () => {
    const read = readEditor({
      ...base,
      'fields.0.key': 'hoTen',
      'fields.0.label': 'Họ và tên',
      'fields.0.type': 'text',
      'fields.0.required': 'true',
      'fields.0.maxLength': '120',
      'fields.2.key': 'gioiTinh',
      'fields.2.label': 'Giới tính',
      'fields.2.type': 'select',
      'fields.2.options': 'Nam\r\n Nữ \r\n\r\n',
      'documents.1.code': 'DON',
      'documents.1.name': 'Đơn',
      'documents.1.required': 'true',
    });
    expect(read.errors).toEqual([]);
    expect(read.payload).toMatchObject({
      fee: 1_500_000,
      processingDays: 5,
      onlineLevel: 'PARTIAL',
      postalDelivery: false,
      fields: [
        { key: 'hoTen', label: 'Họ và tên', type: 'text', required: true, maxLength: 120 },
        {
          key: 'gioiTinh',
          label: 'Giới tính',
          type: 'select',
          required: false,
          options: ['Nam', 'Nữ'],
        },
      ],
      requiredDocuments: [{ code: 'DON', name: 'Đơn', required: true }],
    });
    // the rows shown back are the filled ones, numbered as sent to the API
    expect(read.state.fields.map((f) => f.key)).toEqual(['hoTen', 'gioiTinh']);
    expect(editorTargetOf(read, 'fields.1.options')).toBe('field-1-options');
    expect(editorTargetOf(read, 'requiredDocuments.0.name')).toBe('doc-0-name');
    expect(editorTargetOf(read, 'processingDays')).toBe('proc-processingDays');
  });

  it('says which number is not one', () => {
    const read = readEditor({ ...base, processingDays: 'năm', fee: '' });
    expect(read.errors).toEqual([
      { targetId: 'proc-processingDays', message: '"Thời hạn giải quyết" phải là số nguyên.' },
      { targetId: 'proc-fee', message: 'Vui lòng nhập "Lệ phí".' },
    ]);
  });

  it('offers empty rows after the filled ones, more with each "thêm dòng"', () => {
    const read = readEditor({ ...base, 'fields.0.key': 'a', 'fields.0.label': 'A' });
    expect(withEmptyRows(read.state).fields).toHaveLength(1 + EMPTY_ROWS);
    expect(withEmptyRows(read.state, { fields: 1 }).fields).toHaveLength(1 + 2 * EMPTY_ROWS);
  });
});
