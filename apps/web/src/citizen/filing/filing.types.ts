import type { components } from '../../api/api-client';
import type { FormField } from '../../forms';

export type Procedure = components['schemas']['ProcedureDto'];
export type Dossier = components['schemas']['DossierResponse'];
export type DeliveryAddress = components['schemas']['DeliveryAddressDto'];

/** The procedure's fields as the form module reads them. */
export function fieldsOf(procedure: Procedure): FormField[] {
  return procedure.fields as FormField[];
}

/**
 * The address form for delivery by post (keys as the API's `deliveryAddress`): street, ward or
 * commune, province. No district: districts were abolished on 1 July 2025.
 */
export const ADDRESS_FIELDS: FormField[] = [
  {
    key: 'recipientName',
    label: 'Họ và tên người nhận',
    type: 'text',
    required: true,
    maxLength: 120,
  },
  { key: 'phone', label: 'Số điện thoại người nhận', type: 'phone', required: true },
  {
    key: 'street',
    label: 'Số nhà, đường, thôn, xóm',
    type: 'text',
    required: true,
    maxLength: 200,
  },
  { key: 'ward', label: 'Xã, phường, đặc khu', type: 'text', required: true, maxLength: 100 },
  { key: 'province', label: 'Tỉnh, thành phố', type: 'text', required: true, maxLength: 100 },
];
