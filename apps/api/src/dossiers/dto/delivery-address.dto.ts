import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { VIETNAMESE_MOBILE_PATTERN } from '@motcua/domain';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** Where the post brings the result (Decision 45/2016/QĐ-TTg). */
export class DeliveryAddressDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  recipientName: string;

  @ApiProperty({ example: '0912345678' })
  @IsString()
  @Matches(VIETNAMESE_MOBILE_PATTERN, {
    context: { message: 'Số điện thoại di động Việt Nam không hợp lệ.' },
  })
  phone: string;

  @ApiProperty({ example: 'Số 12, ngõ 34 phố Hàng Bông' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  street: string;

  @ApiProperty({ example: 'Phường Hàng Trống' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  ward: string;

  /**
   * Districts no longer exist since 1 July 2025 (two-tier local government: province, then
   * commune or ward), so an address is street, ward or commune, province. Still accepted from
   * clients that send it, and passed on to the postal operator when given.
   */
  @ApiPropertyOptional({
    example: 'Quận Hoàn Kiếm',
    description:
      'Optional: the district of an address written before 1 July 2025, when districts were ' +
      'abolished; not needed for an address today.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  district?: string;

  @ApiProperty({ example: 'Thành phố Hà Nội' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province: string;
}
