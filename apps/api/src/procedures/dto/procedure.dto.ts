import { ApiProperty } from '@nestjs/swagger';
import { OnlineLevel } from '@motcua/domain';
import { ProcedureFieldDto } from './procedure-field.dto';
import { RequiredDocumentDto } from './required-document.dto';

/** A procedure as the public sees it. */
export class ProcedureDto {
  @ApiProperty({ example: '1.001193' }) code: string;
  @ApiProperty({ example: 'Thủ tục đăng ký khai sinh' }) name: string;
  @ApiProperty({ example: '000.00.00.H00' }) agencyCode: string;
  @ApiProperty({ example: 'Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội' }) agencyName: string;
  @ApiProperty({ example: 1, description: 'Working days' }) processingDays: number;
  @ApiProperty({ example: 0, description: 'Fee in VND' }) fee: number;
  @ApiProperty({ enum: OnlineLevel, example: OnlineLevel.Full }) onlineLevel: OnlineLevel;
  @ApiProperty({ example: true }) postalDelivery: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example:
      'Ghi nhận việc sinh của trẻ em vào sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch đầu tiên của mỗi người.',
    description: 'What the procedure is for, in plain Vietnamese; null when not written',
  })
  purpose: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Cha, mẹ, ông, bà hoặc người thân thích của trẻ; người được ủy quyền.',
    description: 'Who may use the procedure; null when not written',
  })
  eligibility: string | null;
  @ApiProperty({ type: [RequiredDocumentDto] }) requiredDocuments: RequiredDocumentDto[];
  @ApiProperty({ type: [ProcedureFieldDto] }) fields: ProcedureFieldDto[];
}
