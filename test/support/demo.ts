import type { DemoProcedure, DemoProcedureCode } from '@motcua/database/seed/demo-data';
import {
  DEMO_AGENCY,
  DEMO_CENTRE,
  DEMO_DEPARTMENT,
  DEMO_PROCEDURE_CODES,
  DEMO_PROCEDURES,
  DEMO_PROVINCE,
  DEMO_TREE_USERS,
} from '@motcua/database/seed/demo-data';

/**
 * The demo tree: the province, the ward `DEMO_AGENCY` (the four demo accounts, the
 * procedures), its service centre and a department, each with officials (`DEMO_TREE_USERS`).
 */
export {
  DEMO_AGENCY,
  DEMO_CENTRE,
  DEMO_DEPARTMENT,
  DEMO_PROCEDURE_CODES,
  DEMO_PROCEDURES,
  DEMO_PROVINCE,
  DEMO_TREE_USERS,
};
export type { DemoProcedureCode };

/** Đăng ký khai sinh: `postalDelivery: true`. */
export const POSTAL_PROCEDURE_CODE: DemoProcedureCode = DEMO_PROCEDURE_CODES.birthRegistration;
/** Chứng thực bản sao: counter only (`postalDelivery: false`). */
export const COUNTER_ONLY_PROCEDURE_CODE: DemoProcedureCode = DEMO_PROCEDURE_CODES.certifiedCopy;

const VALID_FORM_DATA: Record<DemoProcedureCode, Record<string, unknown>> = {
  [DEMO_PROCEDURE_CODES.birthRegistration]: {
    childFullName: 'Nguyễn Minh Khang',
    childGender: 'Nam',
    childBirthDate: '2025-03-14',
    birthPlace: 'Bệnh viện Phụ sản Hà Nội, quận Ba Đình, thành phố Hà Nội',
    ethnicity: 'Kinh',
    motherFullName: 'Trần Thị Lan',
    motherNationalId: '001195012345',
    fatherFullName: 'Nguyễn Văn Hùng',
    fatherNationalId: '001093054321',
    requesterRelationship: 'Cha',
    extractCopies: 2,
    requesterPhone: '0912345678',
    requesterEmail: 'nguyenvanhung@example.vn',
  },
  [DEMO_PROCEDURE_CODES.civilStatusExtract]: {
    eventType: 'Khai sinh',
    subjectFullName: 'Lê Thị Mai',
    subjectBirthDate: '1990-07-21',
    registrationNumber: '125/1990',
    registrationDate: '1990-08-02',
    copies: 2,
    purpose: 'Bổ sung hồ sơ xin việc',
    requesterPhone: '0987654321',
  },
  [DEMO_PROCEDURE_CODES.certifiedCopy]: {
    documentName: 'Bằng tốt nghiệp đại học',
    issuingAuthority: 'Trường Đại học Bách khoa Hà Nội',
    pageCount: 1,
    copyCount: 3,
    requesterPhone: '0368123456',
  },
  [DEMO_PROCEDURE_CODES.householdBusiness]: {
    businessName: 'Hộ kinh doanh Tạp hóa Minh Anh',
    ownerFullName: 'Phạm Minh Anh',
    ownerNationalId: '001188009876',
    ownerBirthDate: '1988-11-05',
    businessAddress: 'Số 12 phố Đội Cấn, phường Đội Cấn, quận Ba Đình, thành phố Hà Nội',
    businessLines: 'Bán lẻ lương thực, thực phẩm, đồ uống trong cửa hàng kinh doanh tổng hợp',
    capital: 150_000_000,
    employeeCount: 2,
    householdMembersRegister: false,
    requesterPhone: '0903123456',
    requesterEmail: 'minhanh@example.vn',
  },
  [DEMO_PROCEDURE_CODES.buildingPermit]: {
    ownerFullName: 'Đỗ Văn Bình',
    ownerNationalId: '001080112233',
    constructionAddress: 'Số 45 ngõ 120 phố Hoàng Hoa Thám, phường Ngọc Hà, quận Ba Đình, Hà Nội',
    landParcelNumber: '215',
    mapSheetNumber: '7',
    landArea: 62.5,
    buildingArea: 55,
    floors: 5,
    plannedStartDate: '2026-03-01',
    hasBasement: false,
    requesterPhone: '0977001122',
  },
};

function demoProcedure(code: string): DemoProcedure {
  const procedure = DEMO_PROCEDURES.find((p) => p.code === code);
  if (!procedure) throw new Error(`${code} is not a demo procedure`);
  return procedure;
}

/** A `formData` that the demo procedure `code` accepts (a fresh copy each call). */
export function validFormData(code: string): Record<string, unknown> {
  demoProcedure(code);
  return structuredClone(VALID_FORM_DATA[code as DemoProcedureCode]);
}

/** Codes of the documents a dossier of demo procedure `code` must attach to be submitted. */
export function requiredDocumentCodes(code: string): string[] {
  return demoProcedure(code)
    .requiredDocuments.filter((d) => d.required)
    .map((d) => d.code);
}

/** Codes of every document (required or not) of demo procedure `code`. */
export function documentCodes(code: string): string[] {
  return demoProcedure(code).requiredDocuments.map((d) => d.code);
}
