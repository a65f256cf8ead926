'use strict';
/**
 * Fills the bench database to a realistic size, in SQL: 20,000 synthetic citizens, then the
 * dossiers table up to `target` rows with one INSERT ... SELECT FROM generate_series.
 *
 * Dossiers are spread over the working days of the last two years (never today, so their
 * codes cannot collide with the codes the filing scenario hands out), across the demo
 * agency's procedures, with a status mix that depends on age (old ones are mostly returned,
 * recent ones in progress), 60 % filed online by a synthetic citizen and 40 % entered at the
 * desk, some delivered by post. Codes follow `<agency>-<YYMMDD>-<NNNN>`, numbered per day.
 */

const SYNTHETIC_CITIZENS = 20_000;
// synthetic national ids: 0790xxxxxxxx citizens with accounts, 0791xxxxxxxx desk applicants
const CITIZEN_ID_PREFIX = '0790';
const DESK_APPLICANT_ID_PREFIX = '0791';

// prettier-ignore
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
// prettier-ignore
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Đức', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Gia'];
// prettier-ignore
const GIVEN = [
  'An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hùng', 'Hương',
  'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm',
  'Thảo', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Yến',
];

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;
const NAMES = `SELECT ${sqlArray(FAMILY)} AS family, ${sqlArray(MIDDLE)} AS middle, ${sqlArray(GIVEN)} AS given`;

/** A Vietnamese full name picked deterministically from a non-negative integer expression. */
function nameOf(n) {
  const f = FAMILY.length;
  const m = MIDDLE.length;
  const g = GIVEN.length;
  return `(nm.family[1 + (${n}) % ${f}] || ' ' || nm.middle[1 + (${n}) / ${f} % ${m}] || ' ' || nm.given[1 + (${n}) / ${f * m} % ${g}])`;
}

const INSERT_CITIZENS = `
WITH nm AS (${NAMES})
INSERT INTO users (national_id, full_name, phone, password_hash, roles)
SELECT '${CITIZEN_ID_PREFIX}' || lpad(k::text, 8, '0'), ${nameOf('k')}, '098' || lpad(k::text, 7, '0'),
  '!synthetic-bench-account', ARRAY['CITIZEN']
FROM generate_series(0, ${SYNTHETIC_CITIZENS - 1}) AS k, nm
ON CONFLICT (national_id) WHERE national_id IS NOT NULL DO NOTHING`;

/** $1 agency id, $2 agency code, $3 rows to add, $4 a specialist of the agency (or null). */
const INSERT_DOSSIERS = `
WITH vn AS (
  SELECT (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today
), days AS (
  -- working days of the last two years, most recent first; today excluded
  SELECT array_agg(d::date ORDER BY d DESC) AS list, count(*)::int AS n
  FROM vn, generate_series(vn.today - 730, vn.today - 1, interval '1 day') AS d
  WHERE extract(isodow FROM d) < 6
), procs AS (
  SELECT (row_number() OVER (ORDER BY code) - 1)::int AS k, id, code, processing_days,
    postal_delivery, required_documents
  FROM procedures WHERE agency_id = $1
), citizens AS (
  SELECT (row_number() OVER (ORDER BY national_id) - 1)::int AS k, id, national_id, full_name, phone
  FROM users WHERE national_id LIKE '${CITIZEN_ID_PREFIX}%'
), nm AS (${NAMES}
), g AS (
  SELECT i,
    days.list[1 + i % days.n] AS day,
    1 + i / days.n AS seq,
    vn.today - days.list[1 + i % days.n] AS age,
    (i::bigint * 2654435761 % 1000)::int AS h,
    (i::bigint * 40503 % 10)::int < 6 AS online,
    i % (SELECT count(*)::int FROM procs) AS pk,
    i % (SELECT greatest(count(*), 1)::int FROM citizens) AS ck
  FROM generate_series(1, $3::int) AS i, days, vn
), r AS (
  SELECT g.*, p.id AS procedure_id, p.code AS procedure_code, p.processing_days,
    p.required_documents, p.postal_delivery AND g.i % 4 = 0 AS postal,
    c.id AS owner_id,
    coalesce(c.national_id, '${DESK_APPLICANT_ID_PREFIX}' || lpad((g.i % 100000000)::text, 8, '0')) AS national_id,
    coalesce(c.full_name, ${nameOf('g.i')}) AS full_name,
    coalesce(c.phone, '097' || lpad((g.i % 10000000)::text, 7, '0')) AS phone,
    ${nameOf('g.i / 7')} AS child_name,
    (g.day + time '07:30' + make_interval(mins => g.i * 37 % 570)) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS submitted_at,
    CASE
      WHEN g.age > 30 THEN CASE
        WHEN g.h < 25 THEN 'REJECTED' WHEN g.h < 45 THEN 'WITHDRAWN'
        WHEN g.h < 55 THEN 'PROCESSING' ELSE 'RETURNED' END
      WHEN g.age > 3 THEN CASE
        WHEN g.h < 25 THEN 'REJECTED' WHEN g.h < 45 THEN 'WITHDRAWN'
        WHEN g.h < 120 THEN 'SUPPLEMENT_REQUIRED' WHEN g.h < 350 THEN 'PROCESSING'
        WHEN g.h < 420 THEN 'AWAITING_APPROVAL' WHEN g.h < 520 THEN 'RESULT_READY'
        WHEN g.h < 560 THEN 'DELIVERING' ELSE 'RETURNED' END
      ELSE CASE
        WHEN g.h < 25 THEN 'REJECTED' WHEN g.h < 200 THEN 'SUBMITTED' WHEN g.h < 500 THEN 'RECEIVED'
        WHEN g.h < 850 THEN 'PROCESSING' ELSE 'RESULT_READY' END
    END AS drawn_status
  FROM g
  JOIN procs p ON p.k = g.pk
  CROSS JOIN nm
  LEFT JOIN citizens c ON g.online AND c.k = g.ck
), s AS (
  SELECT r.*,
    CASE
      -- the desk receives what it enters; only the post delivers
      WHEN r.owner_id IS NULL AND r.drawn_status IN ('SUBMITTED', 'REJECTED') THEN 'RECEIVED'
      WHEN NOT r.postal AND r.drawn_status = 'DELIVERING' THEN 'RESULT_READY'
      ELSE r.drawn_status
    END AS status
  FROM r
), t AS (
  SELECT s.*,
    s.status NOT IN ('SUBMITTED', 'REJECTED') AND NOT (s.status = 'WITHDRAWN' AND s.h % 2 = 0) AS received
  FROM s
)
INSERT INTO dossiers (code, procedure_id, agency_id, owner_id, applicant_national_id,
  applicant_full_name, applicant_phone, applicant_email, channel, status, form_data, attachments,
  delivery_method, delivery_address, submitted_at, received_at, appointment_date, assignee_id,
  delivery, version, created_at, updated_at)
SELECT
  $2 || '-' || to_char(t.day, 'YYMMDD') || '-' || lpad(t.seq::text, greatest(4, length(t.seq::text)), '0'),
  t.procedure_id, $1, t.owner_id, t.national_id, t.full_name, t.phone, NULL,
  CASE WHEN t.owner_id IS NULL THEN 'COUNTER' ELSE 'ONLINE' END,
  t.status,
  CASE t.procedure_code
    WHEN '1.001193' THEN jsonb_build_object(
      'childFullName', t.child_name, 'childGender', (ARRAY['Nam', 'Nữ'])[1 + t.i % 2],
      'childBirthDate', to_char(t.day - (3 + t.i % 50), 'YYYY-MM-DD'),
      'birthPlace', 'Bệnh viện Phụ sản Hà Nội', 'ethnicity', 'Kinh',
      'motherFullName', t.full_name, 'motherNationalId', t.national_id,
      'requesterRelationship', 'Mẹ', 'requesterPhone', t.phone)
    WHEN '2.000635' THEN jsonb_build_object(
      'eventType', (ARRAY['Khai sinh', 'Kết hôn', 'Khai tử'])[1 + t.i % 3],
      'subjectFullName', t.full_name,
      'subjectBirthDate', to_char(date '1960-01-01' + t.i % 20000, 'YYYY-MM-DD'),
      'copies', 1 + t.i % 3, 'requesterPhone', t.phone)
    WHEN '2.000815' THEN jsonb_build_object(
      'documentName', (ARRAY['Bằng tốt nghiệp trung học phổ thông', 'Giấy khai sinh', 'Sổ hộ khẩu'])[1 + t.i % 3],
      'issuingAuthority', 'Ủy ban nhân dân phường Kim Mã',
      'pageCount', 1 + t.i % 5, 'copyCount', 1 + t.i % 4, 'requesterPhone', t.phone)
    WHEN '1.001612' THEN jsonb_build_object(
      'businessName', 'Hộ kinh doanh ' || t.full_name, 'ownerFullName', t.full_name,
      'ownerNationalId', t.national_id,
      'ownerBirthDate', to_char(date '1960-01-01' + t.i % 15000, 'YYYY-MM-DD'),
      'businessAddress', 'Số ' || (1 + t.i % 200) || ' phố Đội Cấn, phường Đội Cấn, quận Ba Đình, Hà Nội',
      'businessLines', (ARRAY['Bán lẻ hàng tạp hóa', 'Dịch vụ ăn uống', 'Sửa chữa xe máy'])[1 + t.i % 3],
      'capital', 50000000 + (t.i % 20) * 10000000, 'requesterPhone', t.phone)
    WHEN '1.009994' THEN jsonb_build_object(
      'ownerFullName', t.full_name, 'ownerNationalId', t.national_id,
      'constructionAddress', 'Số ' || (1 + t.i % 300) || ' phố Kim Mã, quận Ba Đình, Hà Nội',
      'landParcelNumber', (1 + t.i % 500)::text, 'mapSheetNumber', (1 + t.i % 60)::text,
      'landArea', 40 + t.i % 100, 'buildingArea', 35 + t.i % 60, 'floors', 1 + t.i % 7)
    ELSE '{}'::jsonb
  END,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('documentCode', doc->>'code',
      'fileId', gen_random_uuid(), 'fileName', lower(doc->>'code') || '.pdf')), '[]'::jsonb)
   FROM jsonb_array_elements(t.required_documents) AS doc WHERE (doc->>'required')::boolean),
  CASE WHEN t.postal THEN 'POSTAL' ELSE 'COUNTER' END,
  CASE WHEN t.postal THEN jsonb_build_object('recipientName', t.full_name, 'phone', t.phone,
    'street', 'Số ' || (1 + t.i % 150) || ' phố Liễu Giai', 'ward', 'Phường Liễu Giai',
    'district', 'Quận Ba Đình', 'province', 'Thành phố Hà Nội') END,
  t.submitted_at,
  CASE WHEN t.received THEN t.submitted_at + CASE WHEN t.owner_id IS NULL THEN interval '0' ELSE interval '3 hours' END END,
  CASE WHEN t.received THEN t.day + ceil(t.processing_days * 1.4)::int END,
  CASE WHEN t.status IN ('PROCESSING', 'AWAITING_APPROVAL', 'RESULT_READY', 'DELIVERING', 'RETURNED') THEN $4::uuid END,
  CASE WHEN t.postal AND t.status IN ('DELIVERING', 'RETURNED') THEN jsonb_build_object(
    'status', CASE t.status WHEN 'DELIVERING' THEN 'IN_TRANSIT' ELSE 'DELIVERED' END,
    'trackingNumber', 'EB' || lpad((t.i % 1000000000)::text, 9, '0') || 'VN',
    'updatedAt', to_char((t.submitted_at + interval '3 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')) END,
  CASE t.status WHEN 'SUBMITTED' THEN 1 WHEN 'REJECTED' THEN 2 WHEN 'RECEIVED' THEN 2
    WHEN 'WITHDRAWN' THEN 2 WHEN 'SUPPLEMENT_REQUIRED' THEN 3 WHEN 'PROCESSING' THEN 3
    WHEN 'AWAITING_APPROVAL' THEN 4 WHEN 'RESULT_READY' THEN 5 ELSE 6 END,
  t.submitted_at - CASE WHEN t.owner_id IS NULL THEN interval '0' ELSE interval '20 minutes' END,
  t.submitted_at + CASE WHEN t.status = 'SUBMITTED' THEN interval '0' ELSE interval '1 day' END
FROM t
ON CONFLICT (code) DO NOTHING`;

/**
 * Brings `dossiers` to at least `target` rows; returns what it did. Already there: nothing.
 * The statement is atomic, so an interrupted prefill leaves nothing half done.
 */
async function prefill(client, { agencyId, agencyCode, specialistId, target, log }) {
  const before = await countDossiers(client);
  if (before >= target) return { before, inserted: 0, seconds: 0 };
  const started = Date.now();
  log(
    `prefill: ${before} dossiers, adding ${target - before} (one INSERT ... SELECT, takes a few minutes)`,
  );
  await client.query('SET synchronous_commit = off');
  await client.query(INSERT_CITIZENS);
  const result = await client.query(INSERT_DOSSIERS, [
    agencyId,
    agencyCode,
    target - before,
    specialistId ?? null,
  ]);
  log(
    `prefill: inserted ${result.rowCount} dossiers in ${((Date.now() - started) / 1000).toFixed(0)} s; vacuum analyze`,
  );
  // VACUUM, not only ANALYZE: it also sets hint bits and the visibility map, so the first
  // measured side does not pay for writing them during its reads
  await client.query('VACUUM (ANALYZE) dossiers');
  await client.query('ANALYZE users');
  return { before, inserted: result.rowCount, seconds: (Date.now() - started) / 1000 };
}

/**
 * The history the reports read for dossiers that have a result: their approval (RESULT_READY),
 * and for results sent by post the handover and the delivery. Appointment-relative, so about
 * 30 % are early, 50 % on time and 20 % late; never after now. Idempotent: only dossiers
 * without a RESULT_READY entry get them. Returns the entries added.
 */
const INSERT_HISTORY = `
WITH todo AS (
  SELECT d.id, d.status, d.delivery_method, d.received_at,
    ((d.appointment_date + CASE WHEN h.n < 30 THEN -(1 + h.n % 4) WHEN h.n < 80 THEN 0 ELSE 1 + h.n % 3 END)
       + time '15:00') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS planned
  FROM dossiers d, LATERAL (SELECT abs(hashtext(d.id::text)) % 100 AS n) h
  WHERE d.status IN ('RESULT_READY', 'DELIVERING', 'RETURNED') AND d.received_at IS NOT NULL
    AND d.appointment_date IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM dossier_history x
                     WHERE x.dossier_id = d.id AND x.to_status = 'RESULT_READY')
), ready AS (
  -- a result planned after now (recent dossiers the pre-fill marks finished) is put halfway
  -- between reception and now, so results spread over the last days as they would
  SELECT todo.*, CASE WHEN planned < now() - interval '3 hours'
                      THEN greatest(planned, received_at + interval '1 hour')
                      ELSE received_at + (now() - interval '3 hours' - received_at) / 2 END AS at
  FROM todo
)
INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_role, actor_name, at)
SELECT id, 'approve', 'AWAITING_APPROVAL', 'RESULT_READY', 'LEADER', 'Lãnh đạo', at FROM ready
UNION ALL
SELECT id, 'dispatch', 'RESULT_READY', 'DELIVERING', 'SYSTEM', 'Hệ thống',
       least(at + interval '1 day', now() - interval '2 hours')
  FROM ready WHERE delivery_method = 'POSTAL' AND status IN ('DELIVERING', 'RETURNED')
UNION ALL
SELECT id, 'deliver', 'DELIVERING', 'RETURNED', 'SYSTEM', 'Hệ thống',
       least(at + interval '3 days', now() - interval '1 hour')
  FROM ready WHERE delivery_method = 'POSTAL' AND status = 'RETURNED'`;

async function prefillHistory(client, { log }) {
  const started = Date.now();
  await client.query('SET synchronous_commit = off');
  const result = await client.query(INSERT_HISTORY);
  if (result.rowCount > 0) {
    await client.query('VACUUM (ANALYZE) dossier_history');
    log(
      `prefill: ${result.rowCount} history entries (results, postal) in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  return { inserted: result.rowCount, seconds: (Date.now() - started) / 1000 };
}

/** The demo agency the pre-fill fills, and its first specialist (who gets the work assigned). */
async function demoAgencyFacts(db) {
  const { rows } = await db.query(
    `SELECT a.id AS agency_id, a.code AS agency_code,
       (SELECT u.id FROM users u WHERE u.agency_id = a.id AND 'SPECIALIST' = ANY(u.roles)
        ORDER BY u.created_at LIMIT 1) AS specialist_id
     FROM agencies a WHERE a.code = '000.00.00.H00'`,
  );
  if (rows.length === 0) throw new Error('demo agency 000.00.00.H00 missing: was the API seeded?');
  return rows[0];
}

async function countDossiers(client) {
  const { rows } = await client.query('SELECT count(*)::int AS n FROM dossiers');
  return rows[0].n;
}

module.exports = { prefill, prefillHistory, countDossiers, demoAgencyFacts };
