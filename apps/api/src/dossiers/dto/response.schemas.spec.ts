import Fastify from 'fastify';
import { DossierStatus } from '@motcua/domain';
import { toTrackingResponse } from '../dossier.mapper';
import type { TrackingRow } from '@motcua/database';
import { TRACKING_RESPONSE_SCHEMA } from './response.schemas';

async function serialized(schema: object, body: unknown): Promise<unknown> {
  const app = Fastify();
  app.get('/', { schema: { response: { 200: schema } } }, async () => body);
  const res = await app.inject({ method: 'GET', url: '/' });
  await app.close();
  return JSON.parse(res.body);
}

describe('response schemas (compiled serializers of hot routes)', () => {
  it('know every property the mapper writes', () => {
    const body = toTrackingResponse(
      {
        code: 'x',
        procedure_name: 'y',
        status: DossierStatus.Submitted,
        submitted_at: null,
        received_at: null,
        appointment_date: null,
        delivery_method: 'COUNTER',
        delivery: null,
        steps: [],
      },
      '2026-12-01',
    );
    expect(Object.keys(TRACKING_RESPONSE_SCHEMA.properties).sort()).toEqual(
      Object.keys(body).sort(),
    );
  });

  it('write a tracking answer exactly as JSON.stringify would', async () => {
    const row: TrackingRow = {
      code: '000.00.00.H00-261201-0001',
      procedure_name: 'Đăng ký khai sinh',
      status: DossierStatus.Received,
      submitted_at: new Date('2026-11-30T01:02:03.004Z'),
      received_at: null,
      appointment_date: '2026-12-03',
      delivery_method: 'POSTAL',
      delivery: { status: 'DELIVERING', trackingNumber: 'VN123' },
      steps: [
        {
          at: '2026-11-30T01:02:03.004Z',
          action: 'submit',
          status: DossierStatus.Submitted,
          newAppointmentDate: null,
        },
        {
          at: '2026-12-01T02:00:00.000Z',
          action: 'extend',
          status: DossierStatus.Received,
          newAppointmentDate: '2026-12-10',
        },
      ],
    };
    const body = toTrackingResponse(row, '2026-12-04');
    expect(body.overdue).toBe(true);
    expect(body.steps[1]).toEqual({
      at: '2026-12-01T02:00:00.000Z',
      action: 'extend',
      label: 'Cơ quan hẹn lại ngày trả kết quả',
      status: DossierStatus.Received,
      statusLabel: 'Đã tiếp nhận',
      newAppointmentDate: '2026-12-10',
    });
    expect(await serialized(TRACKING_RESPONSE_SCHEMA, body)).toEqual(
      JSON.parse(JSON.stringify(body)),
    );
  });
});
