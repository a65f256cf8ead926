import type { ProcedureField, RequiredDocument } from '@motcua/domain';
import { OnlineLevel } from '@motcua/domain';

/** Codes from the national database of administrative procedures (csdl.dichvucong.gov.vn). */
export const DEMO_PROCEDURE_CODES = {
  /** Đăng ký khai sinh. */
  birthRegistration: '1.001193',
  /** Cấp bản sao trích lục hộ tịch. */
  civilStatusExtract: '2.000635',
  /** Chứng thực bản sao từ bản chính. */
  certifiedCopy: '2.000815',
  /** Đăng ký thành lập hộ kinh doanh. */
  householdBusiness: '1.001612',
  /** Cấp giấy phép xây dựng nhà ở riêng lẻ. */
  buildingPermit: '1.009994',
} as const;

export type DemoProcedureCode = (typeof DEMO_PROCEDURE_CODES)[keyof typeof DEMO_PROCEDURE_CODES];

export interface DemoProcedure {
  code: DemoProcedureCode;
  name: string;
  processingDays: number;
  /** VND. */
  fee: number;
  onlineLevel: OnlineLevel;
  postalDelivery: boolean;
  /** What the procedure is for, in plain Vietnamese. */
  purpose: string;
  /** Who may use it. */
  eligibility: string;
  requiredDocuments: RequiredDocument[];
  fields: ProcedureField[];
}

const RELATIONSHIPS = ['Cha', 'Mẹ', 'Ông', 'Bà', 'Người thân thích khác', 'Người được ủy quyền'];

const requesterPhone: ProcedureField = {
  key: 'requesterPhone',
  label: 'Số điện thoại liên hệ',
  type: 'phone',
  required: true,
};
const requesterEmail: ProcedureField = {
  key: 'requesterEmail',
  label: 'Thư điện tử',
  type: 'email',
  required: false,
};

/** The demo agency's procedures: real names, documents, fees and time limits. */
export const DEMO_PROCEDURES: readonly DemoProcedure[] = [
  {
    code: DEMO_PROCEDURE_CODES.birthRegistration,
    name: 'Thủ tục đăng ký khai sinh',
    processingDays: 1,
    fee: 0,
    onlineLevel: OnlineLevel.Full,
    postalDelivery: true,
    purpose:
      'Ghi nhận việc sinh của trẻ vào Sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch gốc của mỗi người. Họ, chữ đệm, tên, ngày sinh và quê quán ghi trong Giấy khai sinh được dùng cho mọi giấy tờ về sau.',
    eligibility:
      'Cha hoặc mẹ của trẻ đăng ký trong thời hạn 60 ngày kể từ ngày sinh. Nếu cha, mẹ không thể đăng ký thì ông, bà, người thân thích khác hoặc cá nhân, tổ chức đang nuôi dưỡng trẻ đăng ký thay. Người có trách nhiệm có thể ủy quyền cho người khác nộp hồ sơ bằng văn bản ủy quyền có chứng thực.',
    requiredDocuments: [
      { code: 'TK01', name: 'Tờ khai đăng ký khai sinh (theo mẫu)', required: true },
      {
        code: 'GT01',
        name: 'Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh',
        required: true,
      },
      {
        code: 'GT02',
        name: 'Văn bản ủy quyền có chứng thực (trường hợp ủy quyền đăng ký khai sinh)',
        required: false,
      },
      {
        code: 'GT03',
        name: 'Giấy chứng nhận kết hôn của cha, mẹ trẻ (nếu có)',
        required: false,
      },
    ],
    fields: [
      {
        key: 'childFullName',
        label: 'Họ, chữ đệm và tên người được khai sinh',
        type: 'text',
        required: true,
        maxLength: 100,
      },
      {
        key: 'childGender',
        label: 'Giới tính',
        type: 'select',
        required: true,
        options: ['Nam', 'Nữ'],
      },
      { key: 'childBirthDate', label: 'Ngày, tháng, năm sinh', type: 'date', required: true },
      {
        key: 'birthPlace',
        label: 'Nơi sinh',
        type: 'text',
        required: true,
        maxLength: 255,
      },
      { key: 'ethnicity', label: 'Dân tộc', type: 'text', required: true, maxLength: 50 },
      { key: 'motherFullName', label: 'Họ, chữ đệm và tên người mẹ', type: 'text', required: true },
      {
        key: 'motherNationalId',
        label: 'Số định danh cá nhân của người mẹ',
        type: 'nationalId',
        required: true,
      },
      {
        key: 'fatherFullName',
        label: 'Họ, chữ đệm và tên người cha',
        type: 'text',
        required: false,
      },
      {
        key: 'fatherNationalId',
        label: 'Số định danh cá nhân của người cha',
        type: 'nationalId',
        required: false,
      },
      {
        key: 'requesterRelationship',
        label: 'Quan hệ với người được khai sinh',
        type: 'select',
        required: true,
        options: RELATIONSHIPS,
      },
      {
        key: 'extractCopies',
        label: 'Số bản sao trích lục yêu cầu cấp',
        type: 'number',
        required: false,
        min: 0,
        max: 10,
      },
      requesterPhone,
      requesterEmail,
    ],
  },
  {
    code: DEMO_PROCEDURE_CODES.civilStatusExtract,
    name: 'Thủ tục cấp bản sao trích lục hộ tịch',
    processingDays: 1,
    fee: 8_000,
    onlineLevel: OnlineLevel.Full,
    postalDelivery: true,
    purpose:
      'Cấp bản sao trích lục về một sự kiện hộ tịch đã được đăng ký (khai sinh, kết hôn, khai tử...) từ Sổ hộ tịch hoặc cơ sở dữ liệu hộ tịch, để dùng khi làm các thủ tục khác hoặc khi bản chính bị mất, hư hỏng.',
    eligibility:
      'Người có sự kiện hộ tịch đã được đăng ký, không phụ thuộc nơi cư trú, hoặc người được họ ủy quyền bằng văn bản. Cơ quan, tổ chức có thẩm quyền cũng có thể đề nghị cấp.',
    requiredDocuments: [
      { code: 'TK01', name: 'Tờ khai cấp bản sao trích lục hộ tịch (theo mẫu)', required: true },
      {
        code: 'GT01',
        name: 'Văn bản ủy quyền (trường hợp ủy quyền thực hiện yêu cầu cấp bản sao)',
        required: false,
      },
    ],
    fields: [
      {
        key: 'eventType',
        label: 'Loại sự kiện hộ tịch',
        type: 'select',
        required: true,
        options: ['Khai sinh', 'Kết hôn', 'Khai tử', 'Nhận cha, mẹ, con', 'Thay đổi hộ tịch'],
      },
      {
        key: 'subjectFullName',
        label: 'Họ, chữ đệm và tên người được cấp bản sao trích lục',
        type: 'text',
        required: true,
        maxLength: 100,
      },
      { key: 'subjectBirthDate', label: 'Ngày, tháng, năm sinh', type: 'date', required: true },
      {
        key: 'registrationNumber',
        label: 'Số đăng ký (số, quyển sổ hộ tịch), nếu biết',
        type: 'text',
        required: false,
        maxLength: 50,
      },
      { key: 'registrationDate', label: 'Ngày đăng ký', type: 'date', required: false },
      {
        key: 'copies',
        label: 'Số bản sao yêu cầu',
        type: 'number',
        required: true,
        min: 1,
        max: 10,
      },
      {
        key: 'purpose',
        label: 'Mục đích sử dụng',
        type: 'textarea',
        required: false,
        maxLength: 500,
      },
      requesterPhone,
      requesterEmail,
    ],
  },
  {
    code: DEMO_PROCEDURE_CODES.certifiedCopy,
    name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
    processingDays: 1,
    // 2.000 đồng/trang (Thông tư 226/2016/TT-BTC); the per-page rule is applied at the desk
    fee: 2_000,
    onlineLevel: OnlineLevel.Partial,
    postalDelivery: false,
    purpose:
      'Xác nhận bản sao đúng với bản chính, để bản sao được dùng thay bản chính trong các giao dịch và thủ tục hành chính.',
    eligibility:
      'Mọi cá nhân, tổ chức có bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận. Cần mang bản chính đến để đối chiếu; không chứng thực bản sao của bản chính đã bị tẩy xóa, sửa chữa hoặc có nội dung trái pháp luật.',
    requiredDocuments: [
      {
        code: 'GT01',
        name: 'Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
        required: true,
      },
      {
        code: 'GT02',
        name: 'Bản sao cần chứng thực (trường hợp người yêu cầu tự chuẩn bị bản sao)',
        required: false,
      },
    ],
    fields: [
      {
        key: 'documentName',
        label: 'Tên giấy tờ, văn bản cần chứng thực',
        type: 'text',
        required: true,
        maxLength: 255,
      },
      {
        key: 'issuingAuthority',
        label: 'Cơ quan cấp giấy tờ, văn bản',
        type: 'text',
        required: false,
        maxLength: 255,
      },
      {
        key: 'pageCount',
        label: 'Số trang của bản chính',
        type: 'number',
        required: true,
        min: 1,
        max: 500,
      },
      {
        key: 'copyCount',
        label: 'Số bản sao cần chứng thực',
        type: 'number',
        required: true,
        min: 1,
        max: 50,
      },
      requesterPhone,
    ],
  },
  {
    code: DEMO_PROCEDURE_CODES.householdBusiness,
    name: 'Thủ tục đăng ký thành lập hộ kinh doanh',
    processingDays: 3,
    fee: 100_000,
    onlineLevel: OnlineLevel.Full,
    postalDelivery: true,
    purpose:
      'Đăng ký thành lập hộ kinh doanh và nhận Giấy chứng nhận đăng ký hộ kinh doanh, để kinh doanh hợp pháp tại một địa điểm.',
    eligibility:
      'Cá nhân hoặc các thành viên hộ gia đình là công dân Việt Nam, có năng lực hành vi dân sự đầy đủ. Mỗi người chỉ được đăng ký một hộ kinh doanh trên phạm vi toàn quốc.',
    requiredDocuments: [
      { code: 'TK01', name: 'Giấy đề nghị đăng ký hộ kinh doanh', required: true },
      {
        code: 'GT01',
        name: 'Bản sao giấy tờ pháp lý của cá nhân (căn cước công dân) của chủ hộ kinh doanh',
        required: true,
      },
      {
        code: 'GT02',
        name: 'Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình đăng ký hộ kinh doanh)',
        required: false,
      },
      {
        code: 'GT03',
        name: 'Bản sao hợp đồng thuê, mượn hoặc giấy tờ chứng minh quyền sử dụng địa điểm kinh doanh',
        required: false,
      },
    ],
    fields: [
      {
        key: 'businessName',
        label: 'Tên hộ kinh doanh',
        type: 'text',
        required: true,
        maxLength: 200,
      },
      { key: 'ownerFullName', label: 'Họ và tên chủ hộ kinh doanh', type: 'text', required: true },
      {
        key: 'ownerNationalId',
        label: 'Số định danh cá nhân của chủ hộ kinh doanh',
        type: 'nationalId',
        required: true,
      },
      { key: 'ownerBirthDate', label: 'Ngày sinh của chủ hộ', type: 'date', required: true },
      {
        key: 'businessAddress',
        label: 'Địa chỉ trụ sở hộ kinh doanh',
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        key: 'businessLines',
        label: 'Ngành, nghề kinh doanh',
        type: 'textarea',
        required: true,
        maxLength: 2000,
      },
      {
        key: 'capital',
        label: 'Vốn kinh doanh (đồng)',
        type: 'number',
        required: true,
        min: 0,
      },
      {
        key: 'employeeCount',
        label: 'Số lượng lao động',
        type: 'number',
        required: false,
        min: 0,
        max: 1000,
      },
      {
        key: 'householdMembersRegister',
        label: 'Các thành viên hộ gia đình cùng đăng ký hộ kinh doanh',
        type: 'checkbox',
        required: false,
      },
      requesterPhone,
      requesterEmail,
    ],
  },
  {
    code: DEMO_PROCEDURE_CODES.buildingPermit,
    name: 'Thủ tục cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
    processingDays: 15,
    fee: 75_000,
    onlineLevel: OnlineLevel.Partial,
    postalDelivery: false,
    purpose:
      'Cấp giấy phép xây dựng trước khi khởi công xây mới nhà ở riêng lẻ của hộ gia đình, cá nhân.',
    eligibility:
      'Hộ gia đình, cá nhân là chủ đầu tư, có quyền sử dụng đất hợp pháp tại nơi xây dựng. Một số nhà ở được miễn giấy phép theo Luật Xây dựng (ví dụ nhà ở riêng lẻ dưới 7 tầng ở khu vực nông thôn chưa có quy hoạch được duyệt); nếu chưa rõ, hãy hỏi bộ phận một cửa.',
    requiredDocuments: [
      {
        code: 'TK01',
        name: 'Đơn đề nghị cấp giấy phép xây dựng (Mẫu số 01 Phụ lục II Nghị định 15/2021/NĐ-CP)',
        required: true,
      },
      {
        code: 'GT01',
        name: 'Bản sao giấy tờ chứng minh quyền sử dụng đất theo quy định của pháp luật về đất đai',
        required: true,
      },
      {
        code: 'GT02',
        name: '02 bộ bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng, đấu nối hạ tầng)',
        required: true,
      },
      {
        code: 'GT03',
        name: 'Bản cam kết bảo đảm an toàn đối với công trình liền kề (trường hợp có công trình liền kề)',
        required: false,
      },
    ],
    fields: [
      { key: 'ownerFullName', label: 'Họ và tên chủ đầu tư', type: 'text', required: true },
      {
        key: 'ownerNationalId',
        label: 'Số định danh cá nhân của chủ đầu tư',
        type: 'nationalId',
        required: true,
      },
      {
        key: 'constructionAddress',
        label: 'Địa điểm xây dựng',
        type: 'textarea',
        required: true,
        maxLength: 500,
      },
      {
        key: 'landParcelNumber',
        label: 'Số thửa đất',
        type: 'text',
        required: true,
        maxLength: 20,
      },
      { key: 'mapSheetNumber', label: 'Số tờ bản đồ', type: 'text', required: true, maxLength: 20 },
      {
        key: 'landArea',
        label: 'Diện tích lô đất (m²)',
        type: 'number',
        required: true,
        min: 1,
        max: 100_000,
      },
      {
        key: 'buildingArea',
        label: 'Diện tích xây dựng tầng 1 (m²)',
        type: 'number',
        required: true,
        min: 1,
        max: 100_000,
      },
      { key: 'floors', label: 'Số tầng', type: 'number', required: true, min: 1, max: 7 },
      {
        key: 'plannedStartDate',
        label: 'Ngày dự kiến khởi công',
        type: 'date',
        required: false,
      },
      {
        key: 'hasBasement',
        label: 'Công trình có tầng hầm',
        type: 'checkbox',
        required: false,
      },
      requesterPhone,
      requesterEmail,
    ],
  },
];
