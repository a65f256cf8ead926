import { DeliveryMethod, DossierStatus, PUBLIC_STEP_ACTIONS } from '@motcua/domain';

/**
 * JSON schemas of hot responses, for Fastify's compiled serializer (fast-json-stringify).
 * They mirror the response classes beside them (which document the API); a property missing
 * here would be dropped from the answer (response.schemas.spec.ts guards against that).
 * Worth it for small fixed shapes such as tracking (about 40 % faster than JSON.stringify);
 * not for a page of dossiers, whose free-form jsonb and Vietnamese text it writes more slowly
 * than JSON.stringify (measured: 0.17 against 0.12 ms for 20 dossiers).
 */
const nullableString = { type: ['string', 'null'] } as const;

export const TRACKING_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['code', 'procedureName', 'status', 'statusLabel', 'overdue', 'steps'],
  properties: {
    code: { type: 'string' },
    procedureName: { type: 'string' },
    status: { type: 'string', enum: Object.values(DossierStatus) },
    statusLabel: { type: 'string' },
    submittedAt: nullableString,
    receivedAt: nullableString,
    appointmentDate: nullableString,
    overdue: { type: 'boolean' },
    delivery: {
      type: 'object',
      required: ['method', 'status', 'trackingNumber'],
      properties: {
        method: { type: 'string', enum: Object.values(DeliveryMethod) },
        status: nullableString,
        trackingNumber: nullableString,
      },
    },
    steps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['at', 'action', 'label', 'status', 'statusLabel', 'newAppointmentDate'],
        properties: {
          at: { type: 'string' },
          action: { type: 'string', enum: PUBLIC_STEP_ACTIONS },
          label: { type: 'string' },
          status: { type: 'string', enum: Object.values(DossierStatus) },
          statusLabel: { type: 'string' },
          newAppointmentDate: nullableString,
        },
      },
    },
  },
} as const;
