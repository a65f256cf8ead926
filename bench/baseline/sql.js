'use strict';
/**
 * The baseline's own statements: the SQL motcua ran on the benchmarked paths when they were
 * last reviewed, written out in full. They are a fixed reference, not a copy kept in step: when
 * the application's SQL changes, the ratio against this baseline shows what the change cost, so
 * a regression cannot hide by moving both sides at once. Review them (and the ratios) on purpose
 * when a benchmarked path changes its work.
 */

/** An online filing: the dossier row with its code. Parameters as the API passes them (see server.js). */
const INSERT_SUBMITTED_DOSSIER = `
WITH applicant AS (
  SELECT id, national_id, full_name, phone, email FROM users
  WHERE id = $5 AND national_id IS NOT NULL
), counter AS (
  INSERT INTO dossier_counters (agency_id, day, last_sequence)
  SELECT $1, $2::date, 1 FROM applicant
  ON CONFLICT (agency_id, day) DO UPDATE SET last_sequence = dossier_counters.last_sequence + 1
  RETURNING last_sequence
), d AS (
  INSERT INTO dossiers (code, procedure_id, agency_id, owner_id, applicant_national_id,
    applicant_full_name, applicant_phone, applicant_email, channel, status, form_data,
    attachments, delivery_method, delivery_address, submitted_at)
  SELECT $3 || lpad(c.last_sequence::text, greatest(4, length(c.last_sequence::text)), '0'),
    $4, $1, a.id, a.national_id, a.full_name, a.phone, a.email, 'ONLINE', 'SUBMITTED', $6, $7,
    $8, $9, now()
  FROM counter c CROSS JOIN applicant a
  RETURNING *
), history AS (
  INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name)
  SELECT id, 'submit', NULL, 'SUBMITTED', owner_id, 'CITIZEN', applicant_full_name FROM d
), event AS (
  INSERT INTO outbox (type, payload)
  SELECT 'dossier.submit', jsonb_build_object('dossierId', id, 'code', code, 'action', 'submit',
    'fromStatus', NULL::text, 'toStatus', 'SUBMITTED') FROM d
)
SELECT 
  d.id, d.code, d.status, d.channel, d.owner_id, d.agency_id,
  d.applicant_national_id, d.applicant_full_name, d.applicant_phone, d.applicant_email,
  d.form_data, d.attachments, d.delivery_method, d.delivery_address,
  d.submitted_at, d.received_at, to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
  d.processing_days, d.assignee_id, d.supplement_request, d.result, d.delivery, d.rejection,
  d.extension, d.attachment_check, d.claim_nonce, d.version, d.created_at FROM d`;

/**
 * Public tracking by code, with the public steps of its history (added with the tracking
 * page's timeline: the route's work changed on purpose, so the reference did too).
 */
const SELECT_TRACKING = `
SELECT d.code, p.name AS procedure_name, d.status, d.submitted_at, d.received_at,
  to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date, d.delivery_method, d.delivery,
  (SELECT COALESCE(json_agg(json_build_object(
      'at', to_char(h.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'action', h.action,
      'status', h.to_status,
      'newAppointmentDate', CASE WHEN h.action = 'extend' THEN d.extension->>'newAppointmentDate' END
    ) ORDER BY h.id), '[]'::json)
   FROM dossier_history h
   WHERE h.dossier_id = d.id AND h.action IN ('submit', 'receive', 'reject', 'request-supplement',
     'supplement', 'withdraw', 'assign', 'approve', 'extend', 'return', 'dispatch', 'deliver',
     'return-to-sender')) AS steps
FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
WHERE d.code = $1 AND d.status <> 'DRAFT'`;

/** The uploader's own files among the attachments. Parameters: owner id, file ids. */
const FIND_OWNED_FILES_SQL = `
  SELECT id, file_name AS "fileName", mime_type AS "mimeType", size, sha256
    FROM files WHERE owner_id = $1 AND id = ANY($2::uuid[])`;

/** A specialist's work list: assigned to them, PROCESSING, by appointment date. Parameters: agency id, status, assignee id, limit, offset. */
const WORKLIST_ROWS = `
SELECT 
  d.id, d.code, d.status, d.channel, d.owner_id, d.agency_id,
  d.applicant_national_id, d.applicant_full_name, d.applicant_phone, d.applicant_email,
  d.form_data, d.attachments, d.delivery_method, d.delivery_address,
  d.submitted_at, d.received_at, to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
  d.processing_days, d.assignee_id, d.supplement_request, d.result, d.delivery, d.rejection,
  d.extension, d.attachment_check, d.claim_nonce, d.version, d.created_at, d.procedure_id, p.code AS procedure_code,
  p.name AS procedure_name, a.code AS agency_code, u.full_name AS assignee_name 
  FROM dossiers d
  JOIN procedures p ON p.id = d.procedure_id
  JOIN agencies a ON a.id = d.agency_id
  LEFT JOIN users u ON u.id = d.assignee_id WHERE d.agency_id = $1 AND d.status <> 'DRAFT' AND d.status = $2 AND d.assignee_id = $3
      ORDER BY d.appointment_date ASC NULLS LAST, d.id LIMIT $4 OFFSET $5`;

/** Its total. Parameters: agency id, status, assignee id. */
const WORKLIST_COUNT = `
SELECT count(*)::int AS total FROM dossiers d WHERE d.agency_id = $1 AND d.status <> 'DRAFT' AND d.status = $2 AND d.assignee_id = $3`;

/** A leader's summary, per procedure: rolled-up days, then the days after the rollup counted live. Parameters: from, closed-through, agency id, the day after closed-through, to, agency id. */
const REPORT_FACTS = `
    WITH f AS (SELECT * FROM (SELECT agency_id, procedure_id, day, received_online, received_counter, received_postal, resolved_early, resolved_on_time, resolved_late, dispatched, delivered, returned_to_sender, online_started FROM report_daily) r
      WHERE r.day BETWEEN $1::date AND $2::date AND r.agency_id = $3
 UNION ALL SELECT * FROM (SELECT agency_id, procedure_id, day, sum(received_online)::int AS received_online, sum(received_counter)::int AS received_counter, sum(received_postal)::int AS received_postal, sum(resolved_early)::int AS resolved_early, sum(resolved_on_time)::int AS resolved_on_time, sum(resolved_late)::int AS resolved_late, sum(dispatched)::int AS dispatched, sum(delivered)::int AS delivered, sum(returned_to_sender)::int AS returned_to_sender, sum(online_started)::int AS online_started
    FROM (SELECT d.agency_id, d.procedure_id, (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, count(*) FILTER (WHERE d.channel = 'ONLINE') AS received_online, count(*) FILTER (WHERE d.channel = 'COUNTER') AS received_counter, count(*) FILTER (WHERE d.channel = 'POSTAL') AS received_postal, 0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS dispatched, 0 AS delivered, 0 AS returned_to_sender, 0 AS online_started FROM dossiers d WHERE d.received_at >= ($4::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.received_at < (($5::date::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $6 GROUP BY 1, 2, 3
 UNION ALL SELECT d.agency_id, d.procedure_id, (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, 0 AS received_online, 0 AS received_counter, 0 AS received_postal, count(*) FILTER (WHERE (d.extension IS NULL AND (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < d.appointment_date)) AS resolved_early, count(*) FILTER (WHERE (d.extension IS NULL AND (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = d.appointment_date)) AS resolved_on_time, count(*) FILTER (WHERE NOT ((d.extension IS NULL AND (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date < d.appointment_date) OR (d.extension IS NULL AND (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date = d.appointment_date)) OR d.appointment_date IS NULL) AS resolved_late, 0 AS dispatched, 0 AS delivered, 0 AS returned_to_sender, 0 AS online_started FROM dossier_history h
    JOIN dossiers d ON d.id = h.dossier_id
   WHERE h.to_status = 'RESULT_READY' AND h.at >= ($4::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND h.at < (($5::date::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $6
     AND NOT EXISTS (SELECT 1 FROM dossier_history e
                      WHERE e.dossier_id = h.dossier_id AND e.to_status = 'RESULT_READY'
                        AND e.id < h.id) GROUP BY 1, 2, 3
 UNION ALL SELECT d.agency_id, d.procedure_id, (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, 0 AS received_online, 0 AS received_counter, 0 AS received_postal, 0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, count(*) FILTER (WHERE h.action = 'dispatch') AS dispatched, count(*) FILTER (WHERE h.action = 'deliver') AS delivered, count(*) FILTER (WHERE h.action = 'return-to-sender') AS returned_to_sender, 0 AS online_started FROM dossier_history h JOIN dossiers d ON d.id = h.dossier_id
        WHERE h.action IN ('dispatch', 'deliver', 'return-to-sender')
          AND h.at >= ($4::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND h.at < (($5::date::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $6 GROUP BY 1, 2, 3
 UNION ALL SELECT d.agency_id, d.procedure_id, (d.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day, 0 AS received_online, 0 AS received_counter, 0 AS received_postal, 0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS dispatched, 0 AS delivered, 0 AS returned_to_sender, count(*) AS online_started FROM dossiers d WHERE d.channel = 'ONLINE' AND d.created_at >= ($4::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.created_at < (($5::date::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $6 GROUP BY 1, 2, 3) f
   GROUP BY agency_id, procedure_id, day) l),
    g AS (SELECT f.procedure_id, COALESCE(sum(f.received_online), 0)::int AS received_online, COALESCE(sum(f.received_counter), 0)::int AS received_counter, COALESCE(sum(f.received_postal), 0)::int AS received_postal, COALESCE(sum(f.resolved_early), 0)::int AS resolved_early, COALESCE(sum(f.resolved_on_time), 0)::int AS resolved_on_time, COALESCE(sum(f.resolved_late), 0)::int AS resolved_late, COALESCE(sum(f.dispatched), 0)::int AS dispatched, COALESCE(sum(f.delivered), 0)::int AS delivered, COALESCE(sum(f.returned_to_sender), 0)::int AS returned_to_sender, COALESCE(sum(f.online_started), 0)::int AS online_started FROM f GROUP BY GROUPING SETS ((f.procedure_id), ()))
    SELECT p.code AS procedure_code, p.name AS procedure_name, g.*
      FROM g LEFT JOIN procedures p ON p.id = g.procedure_id
     WHERE g.procedure_id IS NULL
        OR g.received_online + g.received_counter + g.received_postal
           + g.resolved_early + g.resolved_on_time + g.resolved_late > 0
     ORDER BY p.code NULLS FIRST`;

/** Processing times per procedure, same split and parameters as REPORT_FACTS. */
const REPORT_PROCESSING = `
    WITH f AS (SELECT * FROM (SELECT agency_id, procedure_id, day, working_days, dossiers FROM report_daily_processing) r
      WHERE r.day BETWEEN $1::date AND $2::date AND r.agency_id = $3
 UNION ALL SELECT * FROM (SELECT f.agency_id, f.procedure_id, f.day, r.ordinal - s.ordinal AS working_days,
           count(*)::int AS dossiers
      FROM (SELECT d.agency_id, d.procedure_id, (h.at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day,
                   (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_day
              FROM dossier_history h
    JOIN dossiers d ON d.id = h.dossier_id
   WHERE h.to_status = 'RESULT_READY' AND h.at >= ($4::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND h.at < (($5::date::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $6
     AND NOT EXISTS (SELECT 1 FROM dossier_history e
                      WHERE e.dossier_id = h.dossier_id AND e.to_status = 'RESULT_READY'
                        AND e.id < h.id)) f
      JOIN working_day_ordinals r ON r.date = f.day
      JOIN working_day_ordinals s ON s.date = f.received_day
     GROUP BY 1, 2, 3, 4) l),
    g AS (
      SELECT f.procedure_id::text AS key, f.working_days, sum(f.dossiers)::bigint AS n FROM f GROUP BY 1, 2
      UNION ALL
      SELECT NULL, f.working_days, sum(f.dossiers)::bigint FROM f GROUP BY 2
    ), c AS (
      SELECT g.*, sum(n) OVER (PARTITION BY key ORDER BY working_days) AS cum,
             (sum(n) OVER (PARTITION BY key))::bigint AS total
        FROM g
    )
    SELECT key, sum(n)::int AS dossiers,
           round(sum(n * working_days)::numeric / sum(n), 2)::float8 AS average,
           ((min(working_days) FILTER (WHERE cum >= (total + 1) / 2)
             + min(working_days) FILTER (WHERE cum >= total / 2 + 1)) / 2.0)::float8 AS median
      FROM c GROUP BY key`;

/** In progress, overdue and drafts now. Parameters: from, to, today, agency id, agency id. */
const REPORT_NOW = `
    SELECT key, sum(in_progress)::int AS in_progress, sum(overdue)::int AS overdue,
           sum(drafts)::int AS drafts
      FROM (
        SELECT NULL::text AS key, count(*) AS in_progress,
               count(*) FILTER (WHERE d.appointment_date < $3::date) AS overdue, 0 AS drafts
          FROM dossiers d
         WHERE d.status IN ('SUBMITTED','SUPPLEMENT_REQUIRED','RECEIVED','PROCESSING','AWAITING_APPROVAL') AND d.received_at >= ($1::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.received_at < (($2::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
           AND d.agency_id = $4
         GROUP BY 1
        UNION ALL
        SELECT NULL::text, 0, 0, count(*)
          FROM dossiers d
         WHERE d.status = 'DRAFT' AND d.channel = 'ONLINE'
           AND d.created_at >= ($1::date::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.created_at < (($2::date + 1)::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') AND d.agency_id = $5
         GROUP BY 1
        UNION ALL SELECT NULL, 0, 0, 0
      ) n
     GROUP BY key`;

/** Intake: each attachment and the digest recorded at upload. Parameter: dossier id. */
const SELECT_ATTACHMENT_DIGESTS = `
  SELECT a.value->>'documentCode' AS document_code, a.value->>'fileId' AS file_id,
         f.sha256 AS recorded_sha256,
         (SELECT doc->>'name' FROM jsonb_array_elements(p.required_documents) doc
           WHERE doc->>'code' = a.value->>'documentCode' LIMIT 1) AS document_name
    FROM dossiers d
    JOIN procedures p ON p.id = d.procedure_id
   CROSS JOIN LATERAL jsonb_array_elements(d.attachments) WITH ORDINALITY AS a(value, n)
    LEFT JOIN files f ON f.id = (a.value->>'fileId')::uuid
   WHERE d.id = $1
   ORDER BY a.n`;

/** Intake: store the outcome, flag the dossier when it failed. Parameters: dossier id, outcome, outbox id, flag note, actor role, actor name. */
const RECORD_ATTACHMENT_CHECK = `
  WITH d AS (
    UPDATE dossiers SET attachment_check = $2::jsonb
     WHERE id = $1
       AND (attachment_check IS NULL OR (attachment_check->>'outboxId')::bigint < $3::bigint)
    RETURNING id, status
  ), flag AS (
    INSERT INTO dossier_history (dossier_id, action, from_status, to_status, actor_id, actor_role, actor_name, note)
    SELECT id, 'flag-attachments', status, status, NULL, $5, $6, $4 FROM d WHERE $4::text IS NOT NULL
    RETURNING id
  )
  SELECT (SELECT count(*) FROM d)::int AS recorded, (SELECT count(*) FROM flag)::int AS flagged`;

/** Intake: the arrival notice is handled. Parameters: dossier id, outbox id. */
const MARK_ARRIVAL_NOTICE_DONE = `
  UPDATE dossiers SET attachment_check = attachment_check || jsonb_build_object('noticeDoneAt', now())
   WHERE id = $1 AND attachment_check->>'outboxId' = $2::text
     AND attachment_check->>'noticeDoneAt' IS NULL`;

/** A notice: what it says about the dossier. Parameter: dossier id. */
const SELECT_DOSSIER_FOR_NOTICE = `
  SELECT d.id, d.code, d.owner_id, d.claim_nonce, d.applicant_full_name, d.applicant_email, d.applicant_phone, p.name AS procedure_name,
         p.required_documents, to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
         d.delivery_method, d.supplement_request, d.rejection, d.extension, d.delivery
    FROM dossiers d JOIN procedures p ON p.id = d.procedure_id
   WHERE d.id = $1`;

/** A notice: sent already on this channel? Parameters: outbox id, channel. */
const SELECT_DELIVERY = `
SELECT 1 FROM notification_deliveries WHERE outbox_id = $1 AND channel = $2`;

/** A notice: record it sent. Parameters: outbox id, channel. */
const INSERT_DELIVERY = `
INSERT INTO notification_deliveries (outbox_id, channel) VALUES ($1, $2) ON CONFLICT DO NOTHING`;

module.exports = {
  INSERT_SUBMITTED_DOSSIER,
  SELECT_TRACKING,
  FIND_OWNED_FILES_SQL,
  WORKLIST_ROWS,
  WORKLIST_COUNT,
  REPORT_FACTS,
  REPORT_PROCESSING,
  REPORT_NOW,
  SELECT_ATTACHMENT_DIGESTS,
  RECORD_ATTACHMENT_CHECK,
  MARK_ARRIVAL_NOTICE_DONE,
  SELECT_DOSSIER_FOR_NOTICE,
  SELECT_DELIVERY,
  INSERT_DELIVERY,
};
