/**
 * The SQL of the filing hot path (single statements, one round trip each), run by
 * `DossierRepository`. Public tracking's is in tracking.repository.ts.
 */
import { insertHistory } from './dossier-history.repository';
import { dossierEventPayload, insertOutbox, outboxEventFrom } from './outbox.repository';

/**
 * Takes the agency's next number for the day (CTE body, selecting `last_sequence`). The upsert
 * locks the counter row until commit, so concurrent filings queue on it and codes stay
 * gap-free; `source` decides whether a number is taken at all (no row, no number).
 */
export function takeNextSequence(agencyParam: string, dayParam: string, source: string): string {
  return `INSERT INTO dossier_counters (agency_id, day, last_sequence)
  SELECT ${agencyParam}, ${dayParam}::date, 1 ${source}
  ON CONFLICT (agency_id, day) DO UPDATE SET last_sequence = dossier_counters.last_sequence + 1
  RETURNING last_sequence`;
}

/** The dossier code from its prefix and the counter CTE `c`: at least four digits, never cut. */
export function dossierCodeSql(prefixParam: string): string {
  return `${prefixParam} || lpad(c.last_sequence::text, greatest(4, length(c.last_sequence::text)), '0')`;
}

/** Columns every dossier read returns (see `DossierRow`). */
export const DOSSIER_COLUMNS = `
  d.id, d.code, d.status, d.channel, d.owner_id, d.agency_id, d.received_by_agency_id,
  d.applicant_national_id, d.applicant_full_name, d.applicant_phone, d.applicant_email,
  d.form_data, d.attachments, d.delivery_method, d.delivery_address,
  d.submitted_at, d.received_at, to_char(d.appointment_date, 'YYYY-MM-DD') AS appointment_date,
  d.processing_days, d.assignee_id, d.supplement_request, d.result, d.delivery, d.rejection,
  d.extension, d.attachment_check, d.claim_nonce, d.version, d.created_at`;

/**
 * Files a new online dossier as SUBMITTED in one statement (one round trip, atomic):
 * takes the next number from the agency's counter row for the day (the upsert locks that
 * row until commit, so concurrent filings queue on it and codes stay gap-free), inserts the
 * dossier with the applicant's identity copied from their account, and its first history
 * entry and its outbox event. The counter only moves when the applicant exists, so a failed filing leaves no gap.
 *
 * $1 agency id, $2 day (YYYY-MM-DD, Vietnam), $3 code prefix, $4 procedure id, $5 owner id,
 * $6 form data, $7 attachments, $8 delivery method, $9 delivery address.
 */
export const INSERT_SUBMITTED_DOSSIER = `
WITH applicant AS (
  SELECT id, national_id, full_name, phone, email FROM users
  WHERE id = $5 AND national_id IS NOT NULL
), counter AS (
  ${takeNextSequence('$1', '$2', 'FROM applicant')}
), d AS (
  INSERT INTO dossiers (code, procedure_id, agency_id, owner_id, applicant_national_id,
    applicant_full_name, applicant_phone, applicant_email, channel, status, form_data,
    attachments, delivery_method, delivery_address, submitted_at)
  SELECT ${dossierCodeSql('$3')},
    $4, $1, a.id, a.national_id, a.full_name, a.phone, a.email, 'ONLINE', 'SUBMITTED', $6, $7,
    $8, $9, now()
  FROM counter c CROSS JOIN applicant a
  RETURNING *
), history AS (
  ${insertHistory(`SELECT id, 'submit', NULL, 'SUBMITTED', owner_id, 'CITIZEN', applicant_full_name, NULL FROM d`)}
), event AS (
  ${outboxEventFrom('d', 'submit', null, 'SUBMITTED')}
)
SELECT ${DOSSIER_COLUMNS} FROM d`;

/**
 * A paper dossier entered at the desk (or arrived by post): RECEIVED at once, with its code
 * and appointment date, and owned by nobody: the applicant brings it into their account with
 * its claim code (made from the nonce, see libs/domain claim-code.ts), never by national ID.
 * Received by a service centre for another agency ($20 not null): the dossier is that agency's
 * ($1), the code and the day's number the centre's ($19, $3), and a `forward` entry and event
 * follow the receipt's, in this order, in the same statement.
 *
 * $1 agency id, $2 day, $3 code prefix, $4 procedure id, $5 applicant national id,
 * $6 full name, $7 phone, $8 email, $9 channel, $10 form data, $11 attachments,
 * $12 delivery method, $13 delivery address, $14 appointment date, $15 processing days,
 * $16 receptionist id, $17 receptionist name, $18 claim nonce, $19 the agency whose counter
 * numbers the code, $20 the receiving centre (or null), $21 the receipt's note, $22 the
 * forwarding's note.
 */
export const INSERT_DESK_DOSSIER = `
WITH counter AS (
  ${takeNextSequence('$19', '$2', '')}
), d AS (
  INSERT INTO dossiers (code, procedure_id, agency_id, owner_id, applicant_national_id,
    applicant_full_name, applicant_phone, applicant_email, channel, status, form_data,
    attachments, delivery_method, delivery_address, submitted_at, received_at,
    appointment_date, processing_days, claim_nonce, received_by_agency_id)
  SELECT ${dossierCodeSql('$3')},
    $4, $1, NULL, $5, $6, $7, $8,
    $9, 'RECEIVED', $10, $11, $12, $13, now(), now(), $14::date, $15, $18, $20::uuid
  FROM counter c
  RETURNING *
), steps AS (
  SELECT * FROM (VALUES (1, 'receive', NULL::text, $21::text), (2, 'forward', 'RECEIVED', $22::text))
    AS s(n, action, from_status, note)
  WHERE s.n = 1 OR $20::uuid IS NOT NULL
), history AS (
  ${insertHistory(`SELECT d.id, s.action, s.from_status, 'RECEIVED', $16, 'RECEPTION', $17, s.note
  FROM d CROSS JOIN steps s ORDER BY s.n`)}
), event AS (
  ${insertOutbox(`SELECT 'dossier.' || s.action,
    ${dossierEventPayload('d.id', 'd.code', 's.action', 's.from_status', "'RECEIVED'")}
  FROM d CROSS JOIN steps s ORDER BY s.n`)}
)
SELECT ${DOSSIER_COLUMNS} FROM d`;
