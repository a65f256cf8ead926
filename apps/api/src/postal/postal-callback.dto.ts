import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DELIVERY_STATUSES, DeliveryStatus } from '@motcua/domain';

export const POSTAL_CALLBACK_TYPE = 'shipment.status_changed';

/** `data` of a postal callback (documentation; the body is checked by parsePostalCallback). */
export class PostalCallbackDataDto {
  @ApiProperty({ example: 'VN123456789VN', maxLength: 100 }) trackingNumber: string;
  @ApiProperty({
    description: 'The dossier code given as reference when the shipment was created',
    example: '000.00.00.H00-261126-0001',
    maxLength: 100,
  })
  reference: string;
  @ApiProperty({ enum: DELIVERY_STATUSES, example: DeliveryStatus.InTransit })
  status: DeliveryStatus;
  @ApiProperty({
    description: 'ISO 8601 instant with offset',
    example: '2026-11-26T08:30:00+07:00',
  })
  occurredAt: string;
  @ApiPropertyOptional({ example: 'Đã đến bưu cục phát' }) note?: string;
}

/** Body of a postal-operator callback (`docs/api.md`, "Postal operator"). */
export class PostalCallbackDto {
  @ApiProperty({ enum: [POSTAL_CALLBACK_TYPE] }) type: typeof POSTAL_CALLBACK_TYPE;
  @ApiProperty({ type: PostalCallbackDataDto }) data: PostalCallbackDataDto;
}

export class PostalCallbackAck {
  @ApiProperty({ example: true }) received: true;
}
