import { DeliveryMethod, DossierStatus } from '@motcua/domain';

/**
 * JSON schemas of hot responses, for Fastify's compiled serializer (fast-json-stringify),
 * which writes a known shape several times faster than `JSON.stringify`. They mirror the
 * response classes beside them (which document the API); a property missing here would be
 * dropped from the answer, which the end-to-end tests comparing whole bodies would catch.
 */
const nullableString = { type: ['string', 'null'] } as const;

export const TRACKING_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['code', 'procedureName', 'status', 'statusLabel', 'overdue'],
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
  },
} as const;
