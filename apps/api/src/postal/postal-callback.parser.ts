import type { FieldError } from '@motcua/domain';
import { isDeliveryStatus, isIsoInstant, ValidationFailedError } from '@motcua/domain';
import type { PostalCallbackDto } from './postal-callback.dto';
import { POSTAL_CALLBACK_TYPE } from './postal-callback.dto';

const MAX_TEXT = 100;
const MAX_NOTE = 1000;
export const MAX_WEBHOOK_ID = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.trim().length > 0 && value.length <= max;
}

/**
 * Checks a callback body (already authenticated). Unknown extra properties are tolerated:
 * the operator may add fields to its events without breaking us. Throws a 400 with one
 * error per field.
 */
export function parsePostalCallback(body: unknown, webhookId: string): PostalCallbackDto {
  const errors: FieldError[] = [];
  if (webhookId.length > MAX_WEBHOOK_ID) {
    errors.push({ field: 'webhook-id', message: 'Quá dài.' });
  }
  if (!isRecord(body)) {
    throw new ValidationFailedError([{ field: 'body', message: 'Phải là một đối tượng.' }]);
  }
  if (body.type !== POSTAL_CALLBACK_TYPE) {
    errors.push({ field: 'type', message: 'Loại sự kiện không được hỗ trợ.' });
  }
  const data = body.data;
  if (!isRecord(data)) {
    errors.push({ field: 'data', message: 'Phải là một đối tượng.' });
    throw new ValidationFailedError(errors);
  }
  if (!text(data.trackingNumber, MAX_TEXT)) {
    errors.push({ field: 'data.trackingNumber', message: 'Mã vận đơn không hợp lệ.' });
  }
  if (!text(data.reference, MAX_TEXT)) {
    errors.push({ field: 'data.reference', message: 'Mã tham chiếu không hợp lệ.' });
  }
  if (!isDeliveryStatus(data.status)) {
    errors.push({
      field: 'data.status',
      message: 'Giá trị không nằm trong danh sách cho phép.',
    });
  }
  if (!isIsoInstant(data.occurredAt)) {
    errors.push({ field: 'data.occurredAt', message: 'Thời điểm không hợp lệ (ISO 8601).' });
  }
  if (data.note !== undefined && data.note !== null && !text(data.note, MAX_NOTE)) {
    errors.push({ field: 'data.note', message: 'Ghi chú không hợp lệ.' });
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return body as unknown as PostalCallbackDto;
}
