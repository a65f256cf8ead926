/**
 * The API's types for the portal's client (openapi-fetch), generated from docs/openapi.json
 * by `npm run openapi` (openapi-typescript). Do not edit: change the API and regenerate.
 */

export interface paths {
  '/api/v1/admin/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The agency tree, for administrators
     * @description Every agency with its kind, label, parent and depth, depth first. A PROVINCE has no parent; a DEPARTMENT and a COMMUNE sit under a PROVINCE; a SERVICE_CENTRE (Trung tâm Phục vụ hành chính công) under a PROVINCE or a COMMUNE.
     */
    get: operations['AgenciesController_list'];
    put?: never;
    /**
     * Create an agency in the tree
     * @description A PROVINCE has no parent; a DEPARTMENT and a COMMUNE sit under a PROVINCE; a SERVICE_CENTRE (Trung tâm Phục vụ hành chính công) under a PROVINCE or a COMMUNE. The code is the agency's identifier in the national catalogue (V1V2V3.Z1Z2.Y1Y2.MX1X2).
     */
    post: operations['AgenciesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/agencies/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename, re-code, change the kind of, or move an agency
     * @description Only the properties sent change. A PROVINCE has no parent; a DEPARTMENT and a COMMUNE sit under a PROVINCE; a SERVICE_CENTRE (Trung tâm Phục vụ hành chính công) under a PROVINCE or a COMMUNE. An agency cannot move under itself or under an agency below it; its kind cannot change to one its children may not sit under; its code cannot change once it has dossiers (the code begins their dossier codes). Procedures show a new name within 30 seconds (their cache).
     */
    patch: operations['AgenciesController_update'];
    trace?: never;
  };
  '/api/v1/admin/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The audit log of officials’ accounts, newest first
     * @description Every invitation, change of name, roles or agency, disabling, enabling, password link sent, authenticator app cleared and invitation accepted, with who did it and when. An ADMIN reads their own agency’s entries, a SYSTEM_ADMIN all. Append-only: the database refuses any change or removal of an entry.
     */
    get: operations['AuditLogController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Detailed readiness for operators (SYSTEM_ADMIN): dependencies, queues, live workers
     * @description PostgreSQL and Redis as in `/health` (503 when either is down), plus `queues`: jobs waiting, delayed and failed per queue, and `workers.live`: workers that reported in the last 30 s. Those two are information only and always `up`.
     */
    get: operations['OperatorHealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/holidays/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A year's public holidays
     * @description The current and next two years are pre-filled at start-up with the Labour Code holidays (Tết and Giỗ Tổ computed from the lunar calendar, compensatory days for holidays on a weekend) when they have no row yet; correct them from the notice.
     */
    get: operations['HolidaysController_get'];
    /**
     * Replace a year's public holidays (as fixed by the Government's notice)
     * @description The whole table of the year is replaced; working days change at once.
     */
    put: operations['HolidaysController_replace'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Dead letters: jobs that exhausted their attempts
     * @description Newest first within a queue; queues in a fixed order when none is named.
     */
    get: operations['OperationsController_failed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/jobs/{queue}/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a failed job again (it goes back to waiting) */
    post: operations['OperationsController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/officials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Officials, by name
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404.
     */
    get: operations['OfficialsController_list'];
    put?: never;
    /**
     * Invite an official by e-mail
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. The account is created without a password and a one-time link to the console’s page `/can-bo/kich-hoat/<token>` is e-mailed (valid INVITATION_TTL_HOURS); the official sets a password there (`POST /auth/invitation/accept`) and signs in with the e-mail. Roles are officials’ roles; only a SYSTEM_ADMIN may give SYSTEM_ADMIN. Without `agencyCode` the official joins the administrator’s agency. Written to the audit log.
     */
    post: operations['OfficialsController_invite'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/officials/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One official
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404.
     */
    get: operations['OfficialsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Rename an official, set their roles, or move them to another agency
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. A move needs the target agency in reach too. A change of roles or agency ends the official’s sessions at once (their tokens answer 401), so the next sign-in carries the new ones. A SYSTEM_ADMIN’s account is changed by a SYSTEM_ADMIN only. Written to the audit log (what changed, from and to); nothing is written when nothing changes.
     */
    patch: operations['OfficialsController_update'];
    trace?: never;
  };
  '/api/v1/admin/officials/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Disable an official’s account
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. The account can no longer sign in (the answer is that of a wrong password) and its access and refresh tokens stop at once. Disabling a disabled account changes nothing. Written to the audit log.
     */
    post: operations['OfficialsController_disable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/officials/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Enable a disabled official’s account again
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. The official signs in again with their password. Written to the audit log.
     */
    post: operations['OfficialsController_enable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/officials/{id}/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send an official a password reset link
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. The link is e-mailed as for a forgotten password (the current password keeps working until a new one is set); to an official who has not accepted their invitation, a new invitation goes instead. Written to the audit log.
     */
    post: operations['OfficialsController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/officials/{id}/second-factor-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Clear an official’s authenticator app (TOTP), for a lost second factor
     * @description An ADMIN administers their own agency’s officials, a SYSTEM_ADMIN every agency’s; an official out of reach answers 404. The app set up is forgotten and the official’s sessions end at once; when their roles need a second factor (TOTP_REQUIRED_ROLES), their next sign-in sets up a new app, as the first one did. An official without an app set up is answered as they are, and nothing is written. Written to the audit log.
     */
    post: operations['OfficialsController_resetSecondFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/admin/queues/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Job counts of every background queue */
    get: operations['OperationsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every agency: code, name, kind and parent (the two-tier tree)
     * @description Depth first: each province, then the agencies under it, siblings by name.
     */
    get: operations['AgenciesController_publicList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/invitation/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Accept an official’s invitation: set the first password
     * @description With the token of the invitation link (valid INVITATION_TTL_HOURS, once). The official then signs in with their e-mail and this password. Only invitation tokens are accepted here, and password reset tokens only at `/auth/password-reset/confirm`.
     */
    post: operations['AuthController_acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with national ID or email and password
     * @description Officials sign in with their e-mail. A disabled account, or an invited one that has not set its password yet, gets the same 401 as a wrong password. When one of the account’s roles is in `TOTP_REQUIRED_ROLES`, a right password answers 401 `SECOND_FACTOR_REQUIRED` instead of tokens, with `secondFactor: { challenge, enrolled }`: the client then sends the challenge (valid 5 minutes) and the authenticator app’s code to `POST /auth/second-factor`; when `enrolled` is false it first gets a new secret from `POST /auth/second-factor/enrolment` and shows it to the official (the first valid code confirms it). Accounts whose roles need no second factor get the tokens as before.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End the session of a refresh token
     * @description No access token needed: the refresh token itself is the credential. Idempotent: an unknown or already revoked token also gives 204.
     */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for a password reset link
     * @description Always 202 with the same body, whether or not the login (national ID or e-mail) matches an account. When it does, a one-time link to the portal’s reset page is sent by e-mail (and SMS where the account has a phone and an SMS gateway is set), valid for PASSWORD_RESET_TTL_MINUTES. Beyond PASSWORD_RESET_PER_LOGIN_PER_HOUR requests for one login, the answer is the same but nothing more is sent.
     */
    post: operations['AuthController_requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Set a new password with the token of a reset link
     * @description The token works once. The account’s sessions end: every refresh token is revoked.
     */
    post: operations['AuthController_confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Exchange a refresh token for a new pair (rotation)
     * @description The presented token stops working. Presenting a token that was already exchanged ends the whole session.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Register a citizen account
     * @description The new account owns nothing: a dossier the desk entered for this national ID reaches it only by its claim code (`POST /dossiers/claim`). A taken national ID or e-mail answers 409, so a person is told to sign in (or reset the password) instead; that tells an anonymous caller only that an account exists, and probing is bounded: past `REGISTER_CONFLICTS_PER_HOUR` such answers (default 5) an address gets 429 for every registration until the hour ends, on top of the per-minute limit.
     */
    post: operations['AuthController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Finish a sign-in with the authenticator app’s code
     * @description The `challenge` of the sign-in’s `SECOND_FACTOR_REQUIRED` answer and the 6-digit code of now (one step either side is accepted; each code works once). The first valid code after an enrolment confirms it. Wrong codes count towards the account’s lock-out as wrong passwords do.
     */
    post: operations['AuthController_verifySecondFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/second-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Get a new authenticator secret (accounts not enrolled yet)
     * @description With the challenge of a sign-in whose answer said `enrolled: false`. The secret is shown once: it is stored encrypted and never returned again; asking again replaces it until a code confirms one. Show `otpauthUri` as a QR code.
     */
    post: operations['AuthController_enrolSecondFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar/working-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The N-th working day after a date, with the days off passed over
     * @description `result` is the `days`-th working day strictly after `from` (`from` is day 0 and is not counted); with `days=0` it is `from` itself if that is a working day, else the next working day. Saturdays, Sundays and the holidays of the table are not working days; `skipped` explains each one passed over.
     *
     *     Appointment dates are computed the same way: a dossier received on a working day before the end of office hours (`OFFICE_HOURS`, Asia/Ho_Chi_Minh) has its day of receipt as day 0; one received after hours or on a day off has the next working day as day 0. The appointment is day 0 plus the processing time in working days.
     */
    get: operations['CalendarController_workingDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A citizen's own dossiers, or an official's agency's (drafts excluded) */
    get: operations['DossiersController_list'];
    put?: never;
    /**
     * File a dossier (submit by default) or save it as a draft (`submit: false`)
     * @description A CITIZEN files online. RECEPTION enters a paper dossier for a citizen with `channel` and `applicant`: it is RECEIVED at once, with its code and appointment date.
     */
    post: operations['DossiersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Claim a dossier the desk entered for you, with the code on its receipt
     * @description A dossier entered at the desk (or received by post) belongs to no account: registering with the applicant’s national ID gives no access to it. The applicant — a CITIZEN whose national ID is the one the desk recorded — claims it with the dossier code and the one-time claim code printed on the receipt (Mẫu 01, whose QR code opens the portal’s claim page) and sent to the phone or e-mail the desk recorded. The dossier is then theirs (a `claim` history entry) and the code is spent. Attempts are limited per dossier and per account (`CLAIM_RATE_LIMIT_PER_HOUR` each).
     */
    post: operations['DossiersController_claim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How many of the agency's dossiers wait in each status of its work (officials)
     * @description The sizes of the work queues: one entry per status that has dossiers among the unfinished ones (SUBMITTED to AWAITING_APPROVAL) and RESULT_READY (a result to hand over), with how many of them are past their appointment date (never a result ready). Other finished dossiers are not counted. The dossiers are those the work list (`GET /dossiers`) shows the official: a service centre’s include those it received for other agencies.
     */
    get: operations['DossiersController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{ref}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DossiersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a draft (owner only); given properties replace the draft’s */
    patch: operations['DossiersController_update'];
    trace?: never;
  };
  '/api/v1/dossiers/{ref}/actions/{action}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move a dossier through its lifecycle (the action table below)
     * @description | action | who | from → to | requires | effect |
     *     |---|---|---|---|---|
     *     | `submit` | OWNER | DRAFT → SUBMITTED | — | The citizen submits a draft; it gets its code. |
     *     | `receive` | RECEPTION | SUBMITTED → RECEIVED | — | The desk accepts it: sets receivedAt and appointmentDate (working days). |
     *     | `reject` | RECEPTION | SUBMITTED → REJECTED | reason | The desk refuses it, with the reason (Mẫu 03). |
     *     | `request-supplement` | RECEPTION, SPECIALIST | SUBMITTED, PROCESSING → SUPPLEMENT_REQUIRED | reason | Asks the citizen, once and in writing, for what is missing (Mẫu 02); stops the clock. |
     *     | `supplement` | OWNER | SUPPLEMENT_REQUIRED → SUBMITTED | — | The citizen adds what was asked; a paused appointment date moves forward. |
     *     | `withdraw` | OWNER | SUBMITTED, SUPPLEMENT_REQUIRED, RECEIVED → WITHDRAWN | — | The citizen withdraws the dossier. |
     *     | `assign` | RECEPTION, LEADER | RECEIVED → PROCESSING | assigneeId | Hands it to a specialist of the agency. |
     *     | `propose` | ASSIGNEE | PROCESSING → AWAITING_APPROVAL | outcome, summary | The assigned specialist proposes the outcome. |
     *     | `send-back` | LEADER | AWAITING_APPROVAL → PROCESSING | reason | The leader sends the proposal back. |
     *     | `approve` | LEADER | AWAITING_APPROVAL → RESULT_READY | — | The leader approves; the result is ready to return. |
     *     | `extend` | LEADER | RECEIVED, PROCESSING, AWAITING_APPROVAL → (unchanged) | newAppointmentDate, reason | Reschedules once, to a later working day, with an apology (Mẫu 04). |
     *     | `return` | RECEPTION | RESULT_READY → RETURNED | — | The desk hands the result over at the counter. |
     */
    post: operations['DossiersController_act'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{ref}/forms/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A printable form of Circular 01/2018/TT-VPCP (Mẫu 01–05) as PDF
     * @description receipt = Mẫu 01 Giấy tiếp nhận hồ sơ và hẹn trả kết quả; supplement-request = Mẫu 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ; refusal = Mẫu 03 Phiếu từ chối tiếp nhận giải quyết hồ sơ; apology = Mẫu 04 Phiếu xin lỗi và hẹn lại ngày trả kết quả; control-sheet = Mẫu 05 Phiếu kiểm soát quá trình giải quyết hồ sơ. For the owner and officials of the dossier's agency, once the dossier has reached the matching step.
     */
    get: operations['FormsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dossiers/{ref}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DossiersController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a document (PDF, PNG or JPEG, checked by content) to attach to a dossier */
    post: operations['FilesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file: its uploader, or officials of an agency whose dossier attaches it */
    get: operations['FilesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/officials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The officials of the caller's own agency: names and roles (officials)
     * @description What an official needs to work with colleagues, such as the specialists a dossier can be assigned to (`?role=SPECIALIST`). No contact details; managing accounts is under `/admin/officials`.
     */
    get: operations['ColleaguesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/postal/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Shipment status callback from the postal operator (Standard Webhooks)
     * @description Signed with POSTAL_WEBHOOK_SECRET per https://www.standardwebhooks.com on the exact body bytes. The event is stored durably before the 200; the worker applies it. The same `webhook-id` again → 200 with no second effect. Unknown references are kept, no effect. Delivery status only moves forward: by the operator's order of statuses (accepted, picked up, in transit, out for delivery or failed attempt, delivered or returned to sender), then by `occurredAt`; a final status is never replaced. Events that arrive before the shipment is recorded are kept and applied once it is. An event for a dossier not delivered by post is kept, with no effect.
     */
    post: operations['PostalCallbacksController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/procedures': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the catalogue of administrative procedures */
    get: operations['ProceduresController_list'];
    put?: never;
    /**
     * Add a procedure to the catalogue
     * @description An ADMIN only for their own agency; a SYSTEM_ADMIN for any agency.
     */
    post: operations['ProceduresController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/procedures/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One procedure: documents to attach and form fields to fill */
    get: operations['ProceduresController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a procedure (any subset of its properties but the code)
     * @description An ADMIN only their own agency's procedures, and cannot move one to another agency; a SYSTEM_ADMIN any.
     */
    patch: operations['ProceduresController_update'];
    trace?: never;
  };
  '/api/v1/procedures/{code}/processing-time': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * How long this procedure’s dossiers actually took over the last 12 months
     * @description The 90th percentile of working days from reception to result and the on-time share, from the reports’ daily figures; both null when fewer than 10 dossiers were resolved.
     */
    get: operations['ProceduresController_processingTime'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/public/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Public service-quality figures per agency and procedure (cached 60 s)
     * @description Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), `from` and `to` included; each figure counts the dossiers whose event named below falls on a day of the period. **received**: `received_at` (reception), by channel; `onlineRate` = online / total. **resolved**: the first RESULT_READY history entry; its date compared with the appointment date: before → early, equal → onTime, after → late; an extended dossier counts as late whatever the date; `onTimeRate` = (early + onTime) / total. **inProgress** (as of now): dossiers received in the period whose status is SUBMITTED, SUPPLEMENT_REQUIRED, RECEIVED, PROCESSING or AWAITING_APPROVAL now; `overdue`: those whose appointment date is before today. **postal**: `dispatched` = 'dispatch' history entries (result handed to the post), `delivered` = 'deliver' entries (the post delivered it), `failed` = 'return-to-sender' entries (the post brought it back). **processingTime**: dossiers resolved in the period (as in resolved) that have a reception date; for each, the working days (no weekends, no holidays of the holiday table) after its reception day up to and including its result day (0 when resolved the day it was received); `averageWorkingDays` their mean (2 decimals), `medianWorkingDays` their median (the mean of the two middle values when their number is even); null when there is none. **onlineFunnel**: `started` = ONLINE dossiers a citizen began in the period (`created_at`, saved as a draft or submitted at once); `abandoned` = those of them still drafts now; `submitted` = started − abandoned; `abandonedRate` = abandoned / started. **byProcedure**: procedures with any dossier received or resolved in the period; `onTime` = resolved early or on time. Rates are fractions 0..1 rounded to 4 decimals, 0 when there is nothing to divide. Period: default the current month so far, at most 366 days. **Agencies**: an agency's report counts the dossiers of that agency and of every agency below it in the tree (a province: its departments, communes and service centres), by the competent agency (`agency_id`). Per agency: received total, onlineRate, onTimeRate; `byProcedure`: procedures with at least 5 dossiers received in the period, each with its received total, onlineRate and onTimeRate (null when fewer than 5 were resolved); the other procedures are added up in `otherProcedures` (onTimeRate null likewise), null when nothing is left over. When the procedures below 5 have fewer than 5 dossiers together, the smallest listed procedures are folded in with them until they reach 5. Guaranteed, within one answer: every figure below an agency's total is made of at least 5 received dossiers, and an agency's received total minus the received of its listed procedures and of otherProcedures is 0, so no smaller group can be subtracted out (an agency whose whole total is below 5 shows only that total). Known limit: answers for different periods (e.g. one day more) can still be differenced, as with any aggregate over arbitrary periods. Resolved counts are not published, only rates. Aggregates only; rate-limited per client address.
     */
    get: operations['ReportsController_publicStats'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Decision 766 summary of an agency and the agencies below it (a leader or ADMIN: their own or one below it; a SYSTEM_ADMIN: any or all)
     * @description Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), `from` and `to` included; each figure counts the dossiers whose event named below falls on a day of the period. **received**: `received_at` (reception), by channel; `onlineRate` = online / total. **resolved**: the first RESULT_READY history entry; its date compared with the appointment date: before → early, equal → onTime, after → late; an extended dossier counts as late whatever the date; `onTimeRate` = (early + onTime) / total. **inProgress** (as of now): dossiers received in the period whose status is SUBMITTED, SUPPLEMENT_REQUIRED, RECEIVED, PROCESSING or AWAITING_APPROVAL now; `overdue`: those whose appointment date is before today. **postal**: `dispatched` = 'dispatch' history entries (result handed to the post), `delivered` = 'deliver' entries (the post delivered it), `failed` = 'return-to-sender' entries (the post brought it back). **processingTime**: dossiers resolved in the period (as in resolved) that have a reception date; for each, the working days (no weekends, no holidays of the holiday table) after its reception day up to and including its result day (0 when resolved the day it was received); `averageWorkingDays` their mean (2 decimals), `medianWorkingDays` their median (the mean of the two middle values when their number is even); null when there is none. **onlineFunnel**: `started` = ONLINE dossiers a citizen began in the period (`created_at`, saved as a draft or submitted at once); `abandoned` = those of them still drafts now; `submitted` = started − abandoned; `abandonedRate` = abandoned / started. **byProcedure**: procedures with any dossier received or resolved in the period; `onTime` = resolved early or on time. Rates are fractions 0..1 rounded to 4 decimals, 0 when there is nothing to divide. Period: default the current month so far, at most 366 days. **Agencies**: an agency's report counts the dossiers of that agency and of every agency below it in the tree (a province: its departments, communes and service centres), by the competent agency (`agency_id`). `?format=csv`: the same as a UTF-8 CSV (with BOM), Vietnamese headers; `?format=xlsx`: an Excel workbook, one sheet per table.
     */
    get: operations['ReportsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/timeseries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The summary figures per day, ISO week or month, for charts
     * @description Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), `from` and `to` included; each figure counts the dossiers whose event named below falls on a day of the period. **received**: `received_at` (reception), by channel; `onlineRate` = online / total. **resolved**: the first RESULT_READY history entry; its date compared with the appointment date: before → early, equal → onTime, after → late; an extended dossier counts as late whatever the date; `onTimeRate` = (early + onTime) / total. **inProgress** (as of now): dossiers received in the period whose status is SUBMITTED, SUPPLEMENT_REQUIRED, RECEIVED, PROCESSING or AWAITING_APPROVAL now; `overdue`: those whose appointment date is before today. **postal**: `dispatched` = 'dispatch' history entries (result handed to the post), `delivered` = 'deliver' entries (the post delivered it), `failed` = 'return-to-sender' entries (the post brought it back). **processingTime**: dossiers resolved in the period (as in resolved) that have a reception date; for each, the working days (no weekends, no holidays of the holiday table) after its reception day up to and including its result day (0 when resolved the day it was received); `averageWorkingDays` their mean (2 decimals), `medianWorkingDays` their median (the mean of the two middle values when their number is even); null when there is none. **onlineFunnel**: `started` = ONLINE dossiers a citizen began in the period (`created_at`, saved as a draft or submitted at once); `abandoned` = those of them still drafts now; `submitted` = started − abandoned; `abandonedRate` = abandoned / started. **byProcedure**: procedures with any dossier received or resolved in the period; `onTime` = resolved early or on time. Rates are fractions 0..1 rounded to 4 decimals, 0 when there is nothing to divide. Period: default the current month so far, at most 366 days. **Agencies**: an agency's report counts the dossiers of that agency and of every agency below it in the tree (a province: its departments, communes and service centres), by the competent agency (`agency_id`). One item per interval of the period (Monday-to-Sunday ISO weeks, calendar months; the first and last cut to the period), empty intervals included, at most 367. Within an interval the figures are those of the summary for its days; inProgress counts the dossiers received in it.
     */
    get: operations['ReportsController_timeseries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tracking/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Public status of a dossier by its code; no personal data */
    get: operations['TrackingRoute_track'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Liveness and readiness: PostgreSQL and Redis (503 when either is down)
     * @description Only `up`/`down` per dependency; queue and worker figures are in `GET /api/v1/admin/health` (SYSTEM_ADMIN). A 503 carries `Retry-After`.
     */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActorDto: {
      /** @example CITIZEN */
      role: string;
      name: string;
    };
    ActorRefDto: {
      /** Format: uuid */
      id: string | null;
      name: string;
      /** @example RECEPTION */
      role: string;
    };
    AgencyDto: {
      /** @example 000.00.00.H00 */
      code: string;
      /** @example Ủy ban nhân dân phường Ba Đình */
      name: string;
      kind: components['schemas']['AgencyKind'];
      /** @example 000.00.00.H01 */
      parentCode: string | null;
      /**
       * @description The kind's Vietnamese label
       * @example Xã, phường, đặc khu
       */
      kindLabel: string;
      /**
       * @description Levels above it in the tree (0: a root)
       * @example 1
       */
      depth: number;
    };
    /** @enum {string} */
    AgencyKind: 'PROVINCE' | 'DEPARTMENT' | 'COMMUNE' | 'SERVICE_CENTRE';
    AgencyListDto: {
      /** @description Every agency, depth first: each root, then the agencies under it, siblings by name */
      items: components['schemas']['AgencyDto'][];
    };
    AgencyStatsDto: {
      agencyCode: string;
      agencyName: string;
      received: number;
      onlineRate: number;
      onTimeRate: number;
      /** @description Results sent back by post: the same figures as the summary report's `postal` (agency total only) */
      postal: components['schemas']['PostalFiguresDto'];
      byProcedure: components['schemas']['PublicProcedureStatsDto'][];
      /** @description The procedures not listed together; null when none is left over. Never fewer than 5 */
      otherProcedures: components['schemas']['PublicOtherProceduresDto'] | null;
    };
    ApplicantDto: {
      nationalId: string;
      fullName: string;
      phone: string | null;
      email: string | null;
    };
    ApplicantInputDto: {
      /** @example 001095012345 */
      nationalId: string;
      /** @example Nguyễn Thị Hồng Nhung */
      fullName: string;
      /** @example 0912345678 */
      phone: string;
      /**
       * Format: email
       * @example nhung@example.vn
       */
      email?: string;
    };
    AssigneeDto: {
      /** Format: uuid */
      id: string;
      fullName: string;
    };
    AttachmentCheckDto: {
      /** Format: date-time */
      verifiedAt: string;
      /** @description Every attached file was found with its recorded SHA-256 */
      ok: boolean;
      /** @description How many attachments were checked */
      checked: number;
      problems: components['schemas']['AttachmentProblemDto'][];
    };
    AttachmentDto: {
      documentCode: string;
      /** Format: uuid */
      fileId: string;
      fileName: string;
    };
    AttachmentInputDto: {
      /**
       * @description Code of one of the procedure's documents
       * @example TK01
       */
      documentCode: string;
      /**
       * Format: uuid
       * @description Id returned by POST /files
       */
      fileId: string;
    };
    AttachmentProblemDto: {
      documentCode: string;
      /** Format: uuid */
      fileId: string;
      /**
       * @description `MISSING`: no stored bytes; `HASH_MISMATCH`: the bytes changed since upload (both flagged in the history); `UNVERIFIED`: could not be verified, the file store failed to read it on every attempt (a store fault, not evidence against the file; not flagged, the applicant was told all the same; check the file by hand)
       * @enum {string}
       */
      problem: 'MISSING' | 'HASH_MISMATCH' | 'UNVERIFIED';
    };
    AuditEntryDto: {
      /**
       * @description Increasing: newer entries have larger ids
       * @example 42
       */
      id: string;
      /** Format: date-time */
      at: string;
      /**
       * @description OFFICIAL_INVITED, INVITATION_ACCEPTED, OFFICIAL_UPDATED, OFFICIAL_DISABLED, OFFICIAL_ENABLED, PASSWORD_RESET_SENT, INVITATION_RESENT, SECOND_FACTOR_RESET
       * @example OFFICIAL_INVITED
       */
      action: string;
      /**
       * Format: uuid
       * @description Who made the change
       */
      actorId?: string;
      /** @example Quản trị viên */
      actorName?: string;
      /**
       * Format: uuid
       * @description The account changed
       */
      subjectId: string;
      /** @example Trần Thị Bình */
      subjectName?: string;
      /** @example can.bo@ubnd.example.vn */
      subjectEmail?: string;
      /** @example 000.00.00.H00 */
      agencyCode?: string;
      /**
       * @description What changed (never a password, token or secret)
       * @example {
       *       "roles": {
       *         "from": [
       *           "RECEPTION"
       *         ],
       *         "to": [
       *           "RECEPTION",
       *           "SPECIALIST"
       *         ]
       *       }
       *     }
       */
      details: {
        [key: string]: unknown;
      };
    };
    AuditEntryPageDto: {
      items: components['schemas']['AuditEntryDto'][];
      /**
       * @description Number of items matching the query
       * @example 42
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      limit: number;
    };
    ClaimDossierDto: {
      /**
       * @description The dossier code
       * @example 000.00.00.H00-261202-0007
       */
      code: string;
      /**
       * @description The one-time claim code printed on the receipt (Mẫu 01) and sent to the phone or e-mail the desk recorded; case, spaces and hyphens do not matter.
       * @example K7QM-2XWD-9HTB
       */
      claimCode: string;
    };
    ColleagueDto: {
      /**
       * Format: uuid
       * @description The `assigneeId` of the assign action
       */
      id: string;
      fullName: string;
      roles: ('CITIZEN' | 'RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN' | 'SYSTEM_ADMIN')[];
    };
    ColleagueListResponse: {
      items: components['schemas']['ColleagueDto'][];
    };
    CreateAgencyDto: {
      /**
       * @description Identifier code in the national catalogue (V1V2V3.Z1Z2.Y1Y2.MX1X2); the first part of every dossier code the agency gives
       * @example 000.00.00.H00
       */
      code: string;
      /** @example Ủy ban nhân dân phường Ba Đình */
      name: string;
      /** @description PROVINCE: no parent; DEPARTMENT and COMMUNE: under a PROVINCE; SERVICE_CENTRE: under a PROVINCE or a COMMUNE */
      kind: components['schemas']['AgencyKind'];
      /**
       * @description The parent agency's code; absent or null for a province
       * @example 000.00.00.H01
       */
      parentCode?: string | null;
    };
    CreateDossierDto: {
      /** @example 1.001193 */
      procedureCode: string;
      /** @description Values of the procedure's `fields`, by key; checked against them on the server */
      formData?: {
        [key: string]: unknown;
      };
      attachments?: components['schemas']['AttachmentInputDto'][];
      /**
       * @default COUNTER
       * @enum {string}
       */
      deliveryMethod: 'COUNTER' | 'POSTAL';
      /** @description Required when deliveryMethod is POSTAL */
      deliveryAddress?: components['schemas']['DeliveryAddressDto'];
      /**
       * @description RECEPTION only: how the paper dossier arrived; it is RECEIVED at once
       * @enum {string}
       */
      channel?: 'COUNTER' | 'POSTAL';
      /** @description RECEPTION only: who the dossier is for */
      applicant?: components['schemas']['ApplicantInputDto'];
      /**
       * @description `false` saves a DRAFT; default submits
       * @default true
       */
      submit: boolean;
    };
    CreateProcedureDto: {
      /**
       * @description Code in the national database of administrative procedures
       * @example 1.001193
       */
      code: string;
      /** @example Thủ tục đăng ký khai sinh */
      name: string;
      /**
       * @description Identifier code of an existing agency
       * @example 000.00.00.H00
       */
      agencyCode: string;
      /**
       * @description Working days
       * @example 3
       */
      processingDays: number;
      /**
       * @description Fee in VND
       * @example 100000
       */
      fee: number;
      /**
       * @example FULL
       * @enum {string}
       */
      onlineLevel: 'FULL' | 'PARTIAL';
      /**
       * @description Result (and dossier) may go through the public postal service
       * @default false
       */
      postalDelivery: boolean;
      /**
       * @description What the procedure is for, in plain Vietnamese (shown on the portal); an empty text clears it
       * @example Ghi nhận việc sinh của trẻ em vào sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch đầu tiên của mỗi người.
       */
      purpose?: string;
      /**
       * @description Who may use the procedure (shown on the portal); an empty text clears it
       * @example Cha, mẹ, ông, bà hoặc người thân thích của trẻ; người được ủy quyền.
       */
      eligibility?: string;
      requiredDocuments: components['schemas']['RequiredDocumentDto'][];
      fields: components['schemas']['ProcedureFieldDto'][];
    };
    DeliveryAddressDto: {
      /** @example Nguyễn Văn An */
      recipientName: string;
      /** @example 0912345678 */
      phone: string;
      /** @example Số 12, ngõ 34 phố Hàng Bông */
      street: string;
      /** @example Phường Hàng Trống */
      ward: string;
      /**
       * @description Optional: the district of an address written before 1 July 2025, when districts were abolished; not needed for an address today.
       * @example Quận Hoàn Kiếm
       */
      district?: string;
      /** @example Thành phố Hà Nội */
      province: string;
    };
    DeliveryDto: {
      status: string;
      trackingNumber: string | null;
      /** Format: date-time */
      updatedAt: string | null;
    };
    DossierActionDto: {
      /** @description Free note kept in the history */
      note?: string;
      /** @description reject, request-supplement, send-back, extend (required); withdraw */
      reason?: string;
      /** @description request-supplement: codes of the documents to add */
      documents?: string[];
      /** @description supplement: corrected form */
      formData?: {
        [key: string]: unknown;
      };
      /** @description supplement: documents added */
      attachments?: components['schemas']['AttachmentInputDto'][];
      /**
       * Format: uuid
       * @description assign: a SPECIALIST of the agency
       */
      assigneeId?: string;
      /**
       * @description propose
       * @enum {string}
       */
      outcome?: 'GRANTED' | 'REFUSED';
      /** @description propose: what the result says */
      summary?: string;
      /**
       * Format: uuid
       * @description approve: the signed result document
       */
      resultFileId?: string;
      /**
       * Format: date
       * @description extend: a later working day
       */
      newAppointmentDate?: string;
    };
    DossierCountsResponse: {
      /** @description One entry per status of the agency’s work that has dossiers, in the lifecycle order */
      items: components['schemas']['StatusCountDto'][];
    };
    DossierPageResponse: {
      items: components['schemas']['DossierResponse'][];
      total: number;
      page: number;
      limit: number;
    };
    DossierResponse: {
      /** Format: uuid */
      id: string;
      /** @example 000.00.00.H00-261126-0001 */
      code: string | null;
      procedureCode: string;
      procedureName: string;
      /**
       * @description The competent agency: the procedure’s, which decides the dossier
       * @example 000.00.00.H00
       */
      agencyCode: string;
      /** @description Present when a Public Administration Service Centre received the dossier for the competent agency (receipt regardless of administrative boundary, Decree 118/2025): the centre, whose identifier the code carries. Its officials see the dossier and may hand the result over (`return`); everything else is the competent agency’s. */
      receivedBy?: components['schemas']['ReceivedByDto'];
      /** @enum {string} */
      status:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      /** @example Chờ tiếp nhận */
      statusLabel: string;
      /** @description National portal's status code */
      nationalStatusCode: number;
      /** @enum {string} */
      channel: 'ONLINE' | 'COUNTER' | 'POSTAL';
      applicant: components['schemas']['ApplicantDto'];
      formData: {
        [key: string]: unknown;
      };
      attachments: components['schemas']['AttachmentDto'][];
      /** @enum {string} */
      deliveryMethod: 'COUNTER' | 'POSTAL';
      deliveryAddress: components['schemas']['DeliveryAddressDto'] | null;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      receivedAt: string | null;
      /**
       * Format: date
       * @example 2026-12-03
       */
      appointmentDate: string | null;
      overdue: boolean;
      assignee?: components['schemas']['AssigneeDto'];
      supplementRequest?: components['schemas']['SupplementRequestDto'];
      result?: components['schemas']['ResultDto'];
      /** @description Extension: why the desk refused it */
      rejection?: components['schemas']['RejectionDto'];
      /** @description Extension: the one rescheduling */
      extension?: components['schemas']['ExtensionDto'];
      delivery?: components['schemas']['DeliveryDto'];
      /** @description Officials only: the re-verification of the attached files after the dossier arrived (each file read back and its SHA-256 compared with the one recorded at upload). Absent until the worker has run it; a failure is also flagged in the history (`flag-attachments`, seen by officials only). */
      attachmentCheck?: components['schemas']['AttachmentCheckDto'];
      /**
       * @description Only in the desk’s answer to entering a dossier (`POST /dossiers` with `channel`): the one-time code the applicant claims it with (`POST /dossiers/claim`). Also printed on the receipt (Mẫu 01) until claimed. Never stored: it cannot be shown again elsewhere.
       * @example K7QM-2XWD-9HTB
       */
      claimCode?: string;
    };
    ExtensionDto: {
      /** Format: date */
      previousAppointmentDate: string | null;
      /** Format: date */
      newAppointmentDate: string;
      /** @description The apology (Mẫu 04) */
      reason: string;
      /** Format: date-time */
      extendedAt: string;
      extendedBy: components['schemas']['ActorRefDto'];
    };
    FailedJobDto: {
      /** @enum {string} */
      queue: 'maintenance' | 'notifications' | 'postal' | 'intake';
      /** @example outbox-0b5c…-notify-applicant */
      id: string;
      /** @example notify-applicant */
      name: string;
      /** @example connect ECONNREFUSED 127.0.0.1:25 */
      failedReason: string;
      /** @example 8 */
      attemptsMade: number;
      /** @description When the job was added (epoch ms) */
      timestamp: number;
      /** @description When it last failed (epoch ms) */
      finishedOn?: number | null;
      /** @description The job payload (ids and codes only, no personal data) */
      data: {
        [key: string]: unknown;
      };
    };
    FailedJobPageDto: {
      items: components['schemas']['FailedJobDto'][];
      /**
       * @description Number of items matching the query
       * @example 42
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      limit: number;
    };
    FieldErrorDto: {
      /** @example formData.fullName */
      field: string;
      /** @example Vui lòng nhập "Họ và tên". */
      message: string;
    };
    FileResponseDto: {
      /**
       * Format: uuid
       * @example 3f0c8f5e-4a52-4d4f-9a55-8d1f3b2b9c10
       */
      id: string;
      /** @example giay-khai-sinh.pdf */
      fileName: string;
      /**
       * @description Size in bytes
       * @example 48213
       */
      size: number;
      /**
       * @description The type found in the content, whatever the name or declared type said
       * @example application/pdf
       * @enum {string}
       */
      mimeType: 'application/pdf' | 'image/png' | 'image/jpeg';
      /**
       * @description SHA-256 of the content, lowercase hex
       * @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
       */
      sha256: string;
    };
    FileUploadDto: {
      /**
       * Format: binary
       * @description PDF, PNG or JPEG (recognised by content), at most FILE_MAX_BYTES (10 MB by default)
       */
      file: string;
    };
    HistoryEntryDto: {
      /** Format: date-time */
      at: string;
      /** @example submit */
      action: string;
      /** @enum {string|null} */
      fromStatus:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN'
        | null;
      /** @enum {string} */
      toStatus:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      actor: components['schemas']['ActorDto'];
      note: string | null;
    };
    HistoryResponse: {
      /** @description Oldest first. Officials of the agency see every entry; the owner does not see `flag-attachments` (the intake flag on the stored files, an internal matter: a citizen is asked for new copies with `request-supplement`). */
      items: components['schemas']['HistoryEntryDto'][];
    };
    HolidayDto: {
      /**
       * Format: date
       * @description A date of the year
       * @example 2027-02-06
       */
      date: string;
      /** @example Tết Nguyên đán (mùng 1 tháng Giêng) */
      name: string;
    };
    HolidayYearDto: {
      /** @example 2027 */
      year: number;
      /** @description Sorted by date */
      items: components['schemas']['HolidayDto'][];
    };
    InProgressFiguresDto: {
      total: number;
      overdue: number;
    };
    InvitationAcceptDto: {
      /** @description The token of the invitation link */
      token: string;
      /**
       * Format: password
       * @description The rules of registration: refused, with the reason in `errors[]`, when very common, repetitive, a keyboard or number run, or containing the account’s phone number or e-mail name.
       * @example MatKhauCanBo@2026
       */
      password: string;
    };
    InviteOfficialDto: {
      /**
       * Format: email
       * @description The official signs in with it; stored lower-case
       * @example can.bo@ubnd.example.vn
       */
      email: string;
      /** @example Trần Thị Bình */
      fullName: string;
      /**
       * @description Số điện thoại di động Việt Nam
       * @example 0912345678
       */
      phone?: string;
      /**
       * @description Officials’ roles; only a SYSTEM_ADMIN may give SYSTEM_ADMIN
       * @example [
       *       "RECEPTION"
       *     ]
       */
      roles: ('RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN' | 'SYSTEM_ADMIN')[];
      /**
       * @description The agency the official joins; absent: the administrator’s own
       * @example 000.00.00.H00
       */
      agencyCode?: string;
    };
    LoginDto: {
      /**
       * @description Số định danh cá nhân or email (email is case-insensitive)
       * @example 001090012345
       */
      username: string;
      /**
       * Format: password
       * @example MatKhau@2025
       */
      password: string;
    };
    MeDto: {
      /** Format: uuid */
      id: string;
      /** @example Nguyễn Văn An */
      fullName: string;
      /**
       * @example [
       *       "CITIZEN"
       *     ]
       */
      roles: ('CITIZEN' | 'RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN' | 'SYSTEM_ADMIN')[];
      /**
       * @description Officials only
       * @example 000.00.00.H00
       */
      agencyCode?: string;
    };
    OfficialDto: {
      /** Format: uuid */
      id: string;
      /** @example can.bo@ubnd.example.vn */
      email: string;
      /** @example Trần Thị Bình */
      fullName: string;
      /** @example 0912345678 */
      phone?: string;
      /**
       * @example [
       *       "RECEPTION"
       *     ]
       */
      roles: ('RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN' | 'SYSTEM_ADMIN')[];
      /** @example 000.00.00.H00 */
      agencyCode?: string;
      /** @example UBND phường Ba Đình */
      agencyName?: string;
      status: components['schemas']['OfficialStatus'];
      /** @description Whether an authenticator app (TOTP) is set up */
      secondFactor: boolean;
      /** Format: date-time */
      createdAt: string;
    };
    OfficialPageDto: {
      items: components['schemas']['OfficialDto'][];
      /**
       * @description Number of items matching the query
       * @example 42
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      limit: number;
    };
    /** @enum {string} */
    OfficialStatus: 'INVITED' | 'ACTIVE' | 'DISABLED';
    OnlineFunnelDto: {
      /** @description Online dossiers citizens began in the period (created_at) */
      started: number;
      /** @description Of those, submitted by now */
      submitted: number;
      /** @description Of those, still drafts now */
      abandoned: number;
      /** @description abandoned / started, 4 decimals; 0 when started is 0 */
      abandonedRate: number;
    };
    PasswordLinkSentDto: {
      /**
       * @description RESET: a password reset link; INVITATION: the account had not accepted its invitation, so a new invitation went instead
       * @enum {string}
       */
      sent: 'RESET' | 'INVITATION';
    };
    PasswordResetConfirmDto: {
      /** @description The token of the reset link */
      token: string;
      /**
       * Format: password
       * @description The rules of registration: refused, with the reason in `errors[]`, when very common, repetitive, a keyboard or number run, or containing the account’s national ID, phone number or e-mail name.
       * @example MatKhauMoi@2025
       */
      password: string;
    };
    PasswordResetRequestDto: {
      /**
       * @description Số định danh cá nhân or email of the account (email is case-insensitive)
       * @example an.nguyen@example.vn
       */
      login: string;
    };
    PasswordResetRequestedDto: {
      /** @example Nếu thông tin trên khớp với một tài khoản, đường dẫn đặt lại mật khẩu đã được gửi tới email (và số điện thoại) của tài khoản đó. */
      message: string;
    };
    PostalCallbackAck: {
      /** @example true */
      received: boolean;
    };
    PostalCallbackDataDto: {
      /** @example VN123456789VN */
      trackingNumber: string;
      /**
       * @description The dossier code given as reference when the shipment was created
       * @example 000.00.00.H00-261126-0001
       */
      reference: string;
      /**
       * @example IN_TRANSIT
       * @enum {string}
       */
      status:
        | 'ACCEPTED'
        | 'PICKED_UP'
        | 'IN_TRANSIT'
        | 'OUT_FOR_DELIVERY'
        | 'DELIVERY_FAILED'
        | 'DELIVERED'
        | 'RETURNED_TO_SENDER';
      /**
       * @description ISO 8601 instant with offset
       * @example 2026-11-26T08:30:00+07:00
       */
      occurredAt: string;
      /** @example Đã đến bưu cục phát */
      note?: string;
    };
    PostalCallbackDto: {
      /** @enum {string} */
      type: 'shipment.status_changed';
      data: components['schemas']['PostalCallbackDataDto'];
    };
    PostalFiguresDto: {
      /** @description Results handed to the post ('dispatch' entries in the period) */
      dispatched: number;
      /** @description Delivered to the applicant ('deliver' entries in the period) */
      delivered: number;
      /** @description Returned to sender by the post ('return-to-sender' entries in the period) */
      failed: number;
    };
    ProblemDto: {
      /** @example https://motcua.gov.vn/problems/validation-failed */
      type: string;
      /** @example Yêu cầu không hợp lệ */
      title: string;
      /** @example 400 */
      status: number;
      /** @example Dữ liệu gửi lên không hợp lệ. */
      detail: string;
      /**
       * @example VALIDATION_FAILED
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'UNAUTHENTICATED'
        | 'INVALID_CREDENTIALS'
        | 'RESET_TOKEN_INVALID'
        | 'INVITATION_INVALID'
        | 'SECOND_FACTOR_REQUIRED'
        | 'SECOND_FACTOR_INVALID'
        | 'FORBIDDEN'
        | 'NOT_FOUND'
        | 'CONFLICT'
        | 'ALREADY_REGISTERED'
        | 'INVALID_TRANSITION'
        | 'FORM_NOT_AVAILABLE'
        | 'ALREADY_EXTENDED'
        | 'IDEMPOTENCY_KEY_REUSED'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNSUPPORTED_MEDIA_TYPE'
        | 'RATE_LIMITED'
        | 'LOGIN_LOCKED'
        | 'SERVICE_UNAVAILABLE'
        | 'INTERNAL_ERROR';
      /** @description At most 50 entries; `errorsOmitted` counts the rest */
      errors?: components['schemas']['FieldErrorDto'][];
      /**
       * @description How many more errors were found than `errors[]` lists
       * @example 12
       */
      errorsOmitted?: number;
      /** @description Correlation id, also sent as the x-request-id header */
      requestId?: string;
      /** @description Only with `SECOND_FACTOR_REQUIRED` (a sign-in whose password was right) */
      secondFactor?: components['schemas']['SecondFactorChallengeDto'];
    };
    ProcedureDto: {
      /** @example 1.001193 */
      code: string;
      /** @example Thủ tục đăng ký khai sinh */
      name: string;
      /** @example 000.00.00.H00 */
      agencyCode: string;
      /** @example Ủy ban nhân dân quận Ba Đình, thành phố Hà Nội */
      agencyName: string;
      /**
       * @description Working days
       * @example 1
       */
      processingDays: number;
      /**
       * @description Fee in VND
       * @example 0
       */
      fee: number;
      /**
       * @example FULL
       * @enum {string}
       */
      onlineLevel: 'FULL' | 'PARTIAL';
      /** @example true */
      postalDelivery: boolean;
      /**
       * @description What the procedure is for, in plain Vietnamese; null when not written
       * @example Ghi nhận việc sinh của trẻ em vào sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch đầu tiên của mỗi người.
       */
      purpose: string | null;
      /**
       * @description Who may use the procedure; null when not written
       * @example Cha, mẹ, ông, bà hoặc người thân thích của trẻ; người được ủy quyền.
       */
      eligibility: string | null;
      requiredDocuments: components['schemas']['RequiredDocumentDto'][];
      fields: components['schemas']['ProcedureFieldDto'][];
    };
    ProcedureFieldDto: {
      /** @example childFullName */
      key: string;
      /** @example Họ, chữ đệm và tên người được khai sinh */
      label: string;
      /**
       * @example text
       * @enum {string}
       */
      type:
        | 'text'
        | 'textarea'
        | 'number'
        | 'date'
        | 'select'
        | 'checkbox'
        | 'nationalId'
        | 'phone'
        | 'email';
      /** @example true */
      required: boolean;
      /**
       * @description Choices of a `select` field (required for `select`, refused otherwise)
       * @example [
       *       "Nam",
       *       "Nữ"
       *     ]
       */
      options?: string[];
      /**
       * @description Longest accepted text (`text`, `textarea`)
       * @example 100
       */
      maxLength?: number;
      /**
       * @description Smallest accepted value (`number`)
       * @example 0
       */
      min?: number;
      /**
       * @description Largest accepted value (`number`)
       * @example 10
       */
      max?: number;
    };
    ProcedureFiguresDto: {
      procedureCode: string;
      procedureName: string;
      received: number;
      online: number;
      resolved: number;
      /** @description Resolved early or on the appointment date */
      onTime: number;
      averageWorkingDays: number | null;
      medianWorkingDays: number | null;
    };
    ProcedurePageDto: {
      items: components['schemas']['ProcedureDto'][];
      /**
       * @description Number of items matching the query
       * @example 42
       */
      total: number;
      /** @example 1 */
      page: number;
      /** @example 20 */
      limit: number;
    };
    ProcessingTimeDto: {
      /** @example 1.001193 */
      code: string;
      period: components['schemas']['ProcessingTimePeriodDto'];
      /**
       * @description Dossiers whose result came in the period
       * @example 42
       */
      resolved: number;
      /**
       * @description 9 of 10 of those dossiers were ready within this many working days of reception; null when fewer than 10 were resolved
       * @example 4
       */
      p90WorkingDays: number | null;
      /**
       * @description Share ready on or before the appointment date (0–1); null when fewer than 10 were resolved
       * @example 0.9524
       */
      onTimeRate: number | null;
    };
    ProcessingTimePeriodDto: {
      /**
       * @description First day counted (Vietnamese calendar)
       * @example 2025-12-03
       */
      from: string;
      /**
       * @description Last day counted: today
       * @example 2026-12-02
       */
      to: string;
    };
    PublicAgencyDto: {
      /** @example 000.00.00.H00 */
      code: string;
      /** @example Ủy ban nhân dân phường Ba Đình */
      name: string;
      kind: components['schemas']['AgencyKind'];
      /** @example 000.00.00.H01 */
      parentCode: string | null;
    };
    PublicAgencyListDto: {
      /** @description Every agency, depth first, as in the tree */
      items: components['schemas']['PublicAgencyDto'][];
    };
    PublicOtherProceduresDto: {
      /** @description Received for the procedures not listed, together (at least 5): those with fewer than 5 each, and the smallest listed ones when these alone would be fewer than 5 */
      received: number;
      onlineRate: number;
      onTimeRate: number | null;
    };
    PublicProcedureStatsDto: {
      procedureCode: string;
      procedureName: string;
      /** @description Received in the period (at least 5, else folded into other) */
      received: number;
      onlineRate: number;
      /** @description null when fewer than 5 dossiers were resolved in the period */
      onTimeRate: number | null;
    };
    PublicStatsDto: {
      items: components['schemas']['AgencyStatsDto'][];
    };
    QueueSummaryDto: {
      /**
       * @example notifications
       * @enum {string}
       */
      name: 'maintenance' | 'notifications' | 'postal' | 'intake';
      /** @example 0 */
      waiting: number;
      /** @example 0 */
      active: number;
      /** @example 0 */
      delayed: number;
      /**
       * @description Dead letters: jobs that exhausted their attempts
       * @example 0
       */
      failed: number;
      /** @example 0 */
      completed: number;
    };
    QueuesSummaryDto: {
      queues: components['schemas']['QueueSummaryDto'][];
    };
    ReceivedByDto: {
      /** @example 000.00.01.H00 */
      agencyCode: string;
      /** @example Trung tâm Phục vụ hành chính công phường */
      agencyName: string;
    };
    ReceivedFiguresDto: {
      total: number;
      online: number;
      counter: number;
      postal: number;
      /** @description online / total, 4 decimals; 0 when total is 0 */
      onlineRate: number;
    };
    RefreshTokenDto: {
      /** @description The opaque refresh token received at login or last refresh */
      refreshToken: string;
    };
    RegisterDto: {
      /**
       * @description Số định danh cá nhân (12 chữ số)
       * @example 001090012345
       */
      nationalId: string;
      /** @example Nguyễn Văn An */
      fullName: string;
      /**
       * @description Số điện thoại di động Việt Nam
       * @example 0912345678
       */
      phone: string;
      /**
       * Format: email
       * @description Stored lower-case
       * @example an.nguyen@example.vn
       */
      email?: string;
      /**
       * Format: password
       * @description Refused, with the reason in `errors[]`: a very common password (also followed by digits, e.g. `matkhau123`), one character or a short group repeated (`11111111`), a keyboard or number run (`12345678`), or one containing the national ID, phone number or e-mail name.
       * @example MatKhau@2025
       */
      password: string;
    };
    RegisteredDto: {
      /** Format: uuid */
      id: string;
    };
    RejectionDto: {
      reason: string;
      /** Format: date-time */
      rejectedAt: string;
      rejectedBy: components['schemas']['ActorRefDto'];
    };
    ReplaceHolidaysDto: {
      /** @description The year's whole table: dates within the year, each at most once */
      items: components['schemas']['HolidayDto'][];
    };
    ReportPeriodDto: {
      /** @example 2026-03-01 */
      from: string;
      /** @example 2026-03-31 */
      to: string;
    };
    RequiredDocumentDto: {
      /** @example TK01 */
      code: string;
      /** @example Tờ khai đăng ký khai sinh (theo mẫu) */
      name: string;
      /** @example true */
      required: boolean;
    };
    ResolvedFiguresDto: {
      total: number;
      early: number;
      onTime: number;
      late: number;
      /** @description (early + onTime) / total, 4 decimals; 0 when total is 0 */
      onTimeRate: number;
    };
    ResultDto: {
      /** @enum {string} */
      outcome: 'GRANTED' | 'REFUSED';
      summary: string;
      /** Format: date-time */
      proposedAt: string;
      proposedBy: components['schemas']['ActorRefDto'];
      /** Format: uuid */
      resultFileId?: string | null;
      /** Format: date-time */
      approvedAt?: string;
      approvedBy?: components['schemas']['ActorRefDto'];
    };
    RetriedDto: {
      /** @example true */
      retried: boolean;
    };
    SecondFactorChallengeDto: {
      /** @description Opaque, valid 5 minutes: send it with the code to `POST /auth/second-factor` (and first to `POST /auth/second-factor/enrolment` when `enrolled` is false) */
      challenge: string;
      /**
       * @description Whether the account has an authenticator app set up already
       * @example true
       */
      enrolled: boolean;
    };
    SecondFactorChallengeRequestDto: {
      /** @description The `secondFactor.challenge` of the sign-in’s 401 answer */
      challenge: string;
    };
    SecondFactorDto: {
      /** @description The `secondFactor.challenge` of the sign-in’s 401 answer */
      challenge: string;
      /**
       * @description The 6-digit code the authenticator app shows now (each code works once)
       * @example 123456
       */
      otp: string;
    };
    SkippedDayDto: {
      /**
       * Format: date
       * @example 2026-02-16
       */
      date: string;
      /**
       * @description Why it is not a working day: 'Thứ Bảy', 'Chủ nhật' or the holiday's name
       * @example Tết Nguyên đán (29 tháng Chạp)
       */
      reason: string;
    };
    StatusCountDto: {
      /** @enum {string} */
      status:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      /** @example Đang xử lý */
      statusLabel: string;
      /** @description Dossiers of the agency in this status */
      count: number;
      /** @description Of which past their appointment date */
      overdue: number;
    };
    SummaryReportDto: {
      period: components['schemas']['ReportPeriodDto'];
      received: components['schemas']['ReceivedFiguresDto'];
      resolved: components['schemas']['ResolvedFiguresDto'];
      inProgress: components['schemas']['InProgressFiguresDto'];
      postal: components['schemas']['PostalFiguresDto'];
      processingTime: components['schemas']['ProcessingTimeDto'];
      onlineFunnel: components['schemas']['OnlineFunnelDto'];
      byProcedure: components['schemas']['ProcedureFiguresDto'][];
    };
    SupplementRequestDto: {
      reason: string;
      /** @description Codes of the documents to add */
      documents: string[];
      /** Format: date-time */
      requestedAt: string;
      requestedBy: components['schemas']['ActorRefDto'];
      /** @enum {string} */
      fromStatus:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      /** Format: date-time */
      resolvedAt?: string;
    };
    TimeseriesPointDto: {
      /**
       * @description First day of the interval in the period
       * @example 2026-03-02
       */
      from: string;
      /**
       * @description Last day of the interval in the period
       * @example 2026-03-08
       */
      to: string;
      received: components['schemas']['ReceivedFiguresDto'];
      resolved: components['schemas']['ResolvedFiguresDto'];
      inProgress: components['schemas']['InProgressFiguresDto'];
      postal: components['schemas']['PostalFiguresDto'];
      processingTime: components['schemas']['ProcessingTimeDto'];
      onlineFunnel: components['schemas']['OnlineFunnelDto'];
    };
    TimeseriesReportDto: {
      period: components['schemas']['ReportPeriodDto'];
      /** @enum {string} */
      interval: 'day' | 'week' | 'month';
      /** @description Every interval, empty ones too */
      items: components['schemas']['TimeseriesPointDto'][];
    };
    TokenPairDto: {
      /** @description JWT (HS256) to send as `Authorization: Bearer <accessToken>` */
      accessToken: string;
      /** @description Opaque, single-use: exchange it at /auth/refresh for a new pair. Presenting one that was already used ends the whole session. */
      refreshToken: string;
      /**
       * @description Lifetime of the access token, in seconds
       * @example 900
       */
      expiresIn: number;
    };
    TotpEnrolmentDto: {
      /**
       * @description Base32 secret, for typing into the app by hand
       * @example JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
       */
      secret: string;
      /**
       * @description The `otpauth://` address to show as a QR code
       * @example otpauth://totp/M%E1%BB%99t%20c%E1%BB%ADa%20%C4%91i%E1%BB%87n%20t%E1%BB%AD:can.bo%40example.vn?issuer=...&secret=...&algorithm=SHA1&digits=6&period=30
       */
      otpauthUri: string;
    };
    TrackingDeliveryDto: {
      /** @enum {string} */
      method: 'COUNTER' | 'POSTAL';
      status: string | null;
      trackingNumber: string | null;
    };
    TrackingResponse: {
      /** @example 000.00.00.H00-261126-0001 */
      code: string;
      procedureName: string;
      /** @enum {string} */
      status:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      statusLabel: string;
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      receivedAt: string | null;
      /** Format: date */
      appointmentDate: string | null;
      overdue: boolean;
      delivery?: components['schemas']['TrackingDeliveryDto'];
      /** @description The public steps of the dossier's history, oldest first: when and what, never who acted or a note. */
      steps: components['schemas']['TrackingStepDto'][];
    };
    TrackingStepDto: {
      /** Format: date-time */
      at: string;
      /**
       * @description The action of the history entry. Only public steps are listed: the agency's internal steps (proposal, send-back), saved drafts, claims and intake checks are not.
       * @enum {string}
       */
      action:
        | 'submit'
        | 'receive'
        | 'reject'
        | 'request-supplement'
        | 'supplement'
        | 'withdraw'
        | 'assign'
        | 'approve'
        | 'extend'
        | 'return'
        | 'dispatch'
        | 'deliver'
        | 'return-to-sender';
      /** @description The step in Vietnamese, e.g. "Cơ quan đã tiếp nhận hồ sơ". */
      label: string;
      /**
       * @description The status the step led to (unchanged by `extend`).
       * @enum {string}
       */
      status:
        | 'DRAFT'
        | 'SUBMITTED'
        | 'SUPPLEMENT_REQUIRED'
        | 'RECEIVED'
        | 'PROCESSING'
        | 'AWAITING_APPROVAL'
        | 'RESULT_READY'
        | 'DELIVERING'
        | 'RETURNED'
        | 'REJECTED'
        | 'WITHDRAWN';
      statusLabel: string;
      /**
       * Format: date
       * @description On an `extend` step, the new appointment date; null on the others.
       */
      newAppointmentDate: string | null;
    };
    UpdateAgencyDto: {
      /**
       * @description A new identifier code; refused (409) once the agency has dossiers
       * @example 000.00.00.H00
       */
      code?: string;
      name?: string;
      kind?: components['schemas']['AgencyKind'];
      /** @description Moves the agency under this one; null: no parent (a province) */
      parentCode?: string | null;
    };
    UpdateDraftDto: {
      /** @description Values of the procedure's `fields`, by key; checked against them on the server */
      formData?: {
        [key: string]: unknown;
      };
      attachments?: components['schemas']['AttachmentInputDto'][];
      /**
       * @default COUNTER
       * @enum {string}
       */
      deliveryMethod: 'COUNTER' | 'POSTAL';
      /** @description Required when deliveryMethod is POSTAL */
      deliveryAddress?: components['schemas']['DeliveryAddressDto'];
    };
    UpdateOfficialDto: {
      /** @example Trần Thị Bình */
      fullName?: string;
      /**
       * @description Officials’ roles; only a SYSTEM_ADMIN may give SYSTEM_ADMIN
       * @example [
       *       "RECEPTION"
       *     ]
       */
      roles?: ('RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN' | 'SYSTEM_ADMIN')[];
      /**
       * @description The agency the official joins; absent: the administrator’s own
       * @example 000.00.00.H00
       */
      agencyCode?: string;
    };
    UpdateProcedureDto: {
      /** @example Thủ tục đăng ký khai sinh */
      name?: string;
      /**
       * @description Identifier code of an existing agency
       * @example 000.00.00.H00
       */
      agencyCode?: string;
      /**
       * @description Working days
       * @example 3
       */
      processingDays?: number;
      /**
       * @description Fee in VND
       * @example 100000
       */
      fee?: number;
      /**
       * @example FULL
       * @enum {string}
       */
      onlineLevel?: 'FULL' | 'PARTIAL';
      /**
       * @description Result (and dossier) may go through the public postal service
       * @default false
       */
      postalDelivery: boolean;
      /**
       * @description What the procedure is for, in plain Vietnamese (shown on the portal); an empty text clears it
       * @example Ghi nhận việc sinh của trẻ em vào sổ hộ tịch và cấp Giấy khai sinh, giấy tờ hộ tịch đầu tiên của mỗi người.
       */
      purpose?: string;
      /**
       * @description Who may use the procedure (shown on the portal); an empty text clears it
       * @example Cha, mẹ, ông, bà hoặc người thân thích của trẻ; người được ủy quyền.
       */
      eligibility?: string;
      requiredDocuments?: components['schemas']['RequiredDocumentDto'][];
      fields?: components['schemas']['ProcedureFieldDto'][];
    };
    WorkingDaysDto: {
      /**
       * Format: date
       * @example 2026-02-13
       */
      from: string;
      /** @example 3 */
      days: number;
      /**
       * Format: date
       * @example 2026-02-25
       */
      result: string;
      /** @description Days off passed over, in date order */
      skipped: components['schemas']['SkippedDayDto'][];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AgenciesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyListDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: ADMIN, SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgenciesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgencyDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyDto'];
        };
      };
      /** @description A field missing or malformed, an unknown parentCode, or a parent of a kind the agency may not sit under */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The code is already an agency’s */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgenciesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgencyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgencyDto'];
        };
      };
      /** @description A field malformed or null, an unknown parentCode, or a parent of a kind the agency may not sit under */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No agency has this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A move under itself or its descendant, a kind its children may not sit under, a code taken or the code of an agency with dossiers */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuditLogController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPageDto'];
        };
      };
      /** @description Invalid query parameters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: ADMIN, SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OperatorHealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
  HolidaysController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayYearDto'];
        };
      };
      /** @description Year outside 2000–2100 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: ADMIN, SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HolidaysController_replace: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceHolidaysDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HolidayYearDto'];
        };
      };
      /** @description Year outside 2000–2100, a date not real or not in the year, a date twice */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OperationsController_failed: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        /** @description Only this queue (all queues otherwise) */
        queue?: 'maintenance' | 'notifications' | 'postal' | 'intake';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FailedJobPageDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OperationsController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description An unknown queue answers 404 */
        queue: 'maintenance' | 'notifications' | 'postal' | 'intake';
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RetriedDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown queue or job */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The job is not failed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        /** @description Only this agency’s officials (an ADMIN sees only their own agency anyway) */
        agencyCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialPageDto'];
        };
      };
      /** @description Invalid query parameters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: ADMIN, SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Agency unknown or out of reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_invite: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InviteOfficialDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Invalid body, one `errors[]` entry per field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description SYSTEM_ADMIN given by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Agency unknown or out of reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `ALREADY_REGISTERED`: an account has this e-mail */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: ADMIN, SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOfficialDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Invalid body, one `errors[]` entry per field (`null` is refused) */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description SYSTEM_ADMIN given, or a SYSTEM_ADMIN’s account changed, by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach, or target agency unknown or out of reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_disable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A SYSTEM_ADMIN’s account, by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description One’s own account */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_enable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A SYSTEM_ADMIN’s account, by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLinkSentDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A SYSTEM_ADMIN’s account, by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account is disabled */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OfficialsController_resetSecondFactor: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficialDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A SYSTEM_ADMIN’s account, by an administrator who does not hold it */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such official in reach */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description One’s own account (another administrator clears it) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OperationsController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueuesSummaryDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: SYSTEM_ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AgenciesController_publicList: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicAgencyListDto'];
        };
      };
    };
  };
  AuthController_acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationAcceptDto'];
      };
    };
    responses: {
      /** @description Password set; the account can sign in */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `INVITATION_INVALID`: unknown, used or expired token (or a disabled account); `VALIDATION_FAILED` with `errors[]`: the password is not acceptable */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited, retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `INVALID_CREDENTIALS`, the same whether or not the account exists (also for a disabled account). `SECOND_FACTOR_REQUIRED`: the password was right; go on with `secondFactor.challenge` */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Rate limited, retry after a minute.
       *
       *     `RATE_LIMITED`: too many requests from this address, retry after a minute. `LOGIN_LOCKED`: too many failed sign-ins in a row on this account (by any of its names), or on this name when no account has it; locked, even for the right password, for the seconds in `Retry-After` (the `detail` says the minutes).
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshTokenDto'];
      };
    };
    responses: {
      /** @description Session ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
      /**
       * @description Missing or invalid access token.
       *
       *     Missing or invalid access token
       */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetRequestedDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited, retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetConfirmDto'];
      };
    };
    responses: {
      /** @description Password changed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `RESET_TOKEN_INVALID`: unknown, used or expired token; `VALIDATION_FAILED` with `errors[]`: the new password is not acceptable */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited, retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshTokenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown, expired, revoked or reused token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisteredDto'];
        };
      };
      /** @description Invalid input, one `errors[]` entry per field; a weak password is refused with the reason as its entry */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `ALREADY_REGISTERED`: national ID or email taken (`errors[]` names which) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Rate limited, retry after a minute.
       *
       *     Rate limited: too many requests this minute, or too many taken identities this hour
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_verifySecondFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecondFactorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenPairDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `SECOND_FACTOR_INVALID`: wrong, used or expired code, or a challenge no longer valid (then sign in again) */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Rate limited, retry after a minute.
       *
       *     `RATE_LIMITED`, or `LOGIN_LOCKED` after too many wrong codes or passwords in a row
       */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_enrolSecondFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SecondFactorChallengeRequestDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TotpEnrolmentDto'];
        };
      };
      /** @description Invalid input */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `SECOND_FACTOR_INVALID`: a challenge no longer valid */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The account has confirmed an authenticator already */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited, retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CalendarController_workingDays: {
    parameters: {
      query: {
        /** @description Day 0 (YYYY-MM-DD) */
        from: string;
        days: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingDaysDto'];
        };
      };
      /** @description Invalid `from` or `days` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        status?:
          | 'DRAFT'
          | 'SUBMITTED'
          | 'SUPPLEMENT_REQUIRED'
          | 'RECEIVED'
          | 'PROCESSING'
          | 'AWAITING_APPROVAL'
          | 'RESULT_READY'
          | 'DELIVERING'
          | 'RETURNED'
          | 'REJECTED'
          | 'WITHDRAWN';
        procedureCode?: string;
        overdue?: boolean;
        /** @description Submitted on or after (YYYY-MM-DD) */
        from?: string;
        /** @description Submitted on or before (YYYY-MM-DD) */
        to?: string;
        /** @description Officials: `me`, or a specialist id */
        assignee?: string;
        /** @description Appointment date on or before (YYYY-MM-DD) */
        dueBefore?: string;
        /** @description Received on or after (YYYY-MM-DD) */
        receivedFrom?: string;
        /** @description Received on or before (YYYY-MM-DD) */
        receivedTo?: string;
        /** @description Free text: start of a dossier code, or part of the applicant name */
        q?: string;
        /** @description Default: `appointmentDate` for officials (soonest due first), `-createdAt` for citizens */
        sort?: 'appointmentDate' | '-appointmentDate' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierPageResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Same key + same user + same body → the first response again (header `Idempotent-Replayed: true`) and nothing new; same key with another body → 422. Keys are kept at least 24 h. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDossierDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierResponse'];
        };
      };
      /** @description One `errors[]` entry per invalid field */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: CITIZEN, RECEPTION. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Idempotency-Key reused with another body */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_claim: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClaimDossierDto'];
      };
    };
    responses: {
      /** @description The dossier, now yours */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierResponse'];
        };
      };
      /** @description `code` or `claimCode` missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: CITIZEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description The same answer for a wrong claim code, an unknown dossier, another person’s dossier and one already claimed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `RATE_LIMITED`: too many attempts on this dossier or from this account */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_counts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierCountsResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: RECEPTION, SPECIALIST, LEADER, ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dossier code, or the id of a draft */
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not found, or not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dossier code, or the id of a draft */
        ref: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDraftDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: CITIZEN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Not a draft any more */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_act: {
    parameters: {
      query?: never;
      header?: {
        /** @description Same key + same user + same body → the first response again (header `Idempotent-Replayed: true`) and nothing new; same key with another body → 422. Keys are kept at least 24 h. */
        'Idempotency-Key'?: string;
      };
      path: {
        /** @description Dossier code, or the id of a draft */
        ref: string;
        action:
          | 'submit'
          | 'receive'
          | 'reject'
          | 'request-supplement'
          | 'supplement'
          | 'withdraw'
          | 'assign'
          | 'propose'
          | 'send-back'
          | 'approve'
          | 'extend'
          | 'return';
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DossierActionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DossierResponse'];
        };
      };
      /** @description A required reason, assignee, outcome or date is missing */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Your role may not do this action */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Unknown action, or a dossier that is not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description INVALID_TRANSITION: not allowed in the current status */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FormsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dossier code */
        ref: string;
        file:
          | 'receipt.pdf'
          | 'supplement-request.pdf'
          | 'refusal.pdf'
          | 'apology.pdf'
          | 'control-sheet.pdf';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The form (A5; the control sheet A4), inline */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such form, or dossier not yours */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description FORM_NOT_AVAILABLE: the dossier has not reached the step of this form */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DossiersController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Dossier code, or the id of a draft */
        ref: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FilesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': components['schemas']['FileUploadDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FileResponseDto'];
        };
      };
      /** @description No `file` field, or an empty file */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Larger than FILE_MAX_BYTES */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Content is not a well-formed PDF, PNG or JPEG (its whole structure is checked), or the request is not multipart/form-data */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Past the per-user quota of bytes uploaded in 24 hours (UPLOAD_QUOTA_BYTES_PER_DAY) */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  FilesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes, as an attachment */
      200: {
        headers: {
          /** @description attachment; filename*=UTF-8''… */
          'content-disposition'?: string;
          'x-content-type-options'?: 'nosniff';
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/png': string;
          'image/jpeg': string;
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No such file, or not yours to see */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ColleaguesController_list: {
    parameters: {
      query?: {
        /** @description Only the officials holding this role (e.g. SPECIALIST, to assign a dossier) */
        role?: 'RECEPTION' | 'SPECIALIST' | 'LEADER' | 'ADMIN';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ColleagueListResponse'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Allowed roles: RECEPTION, SPECIALIST, LEADER, ADMIN. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  PostalCallbacksController_receive: {
    parameters: {
      query?: never;
      header: {
        /** @description Space-separated `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` */
        'webhook-signature': string;
        /** @description Unix seconds; refused when more than 5 minutes off */
        'webhook-timestamp': string;
        /** @description Unique id of the event */
        'webhook-id': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PostalCallbackDto'];
      };
    };
    responses: {
      /** @description Stored (or already stored) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PostalCallbackAck'];
        };
      };
      /** @description Signed, but not a valid event */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or bad signature, or stale timestamp; nothing is stored */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProceduresController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        /** @description Words of the name or code, each of which must appear; case and diacritics are ignored ("dang ky" finds "Đăng ký") */
        q?: string;
        /** @description Only this agency’s procedures */
        agencyCode?: string;
        /** @description `name`: alphabetical; `popular`: most dossiers received over the last 365 days first (counted up to yesterday) */
        sort?: 'name' | 'popular';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcedurePageDto'];
        };
      };
      /** @description Invalid query parameters */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProceduresController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProcedureDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcedureDto'];
        };
      };
      /** @description Invalid body or unknown agencyCode */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Another agency's procedure (an ADMIN who is not SYSTEM_ADMIN)
       *
       *     Allowed roles: ADMIN, SYSTEM_ADMIN.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description A procedure with this code exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProceduresController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcedureDto'];
        };
      };
      /** @description No procedure with this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProceduresController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProcedureDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcedureDto'];
        };
      };
      /** @description Invalid body or unknown agencyCode */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description Another agency's procedure (an ADMIN who is not SYSTEM_ADMIN)
       *
       *     Allowed roles: ADMIN, SYSTEM_ADMIN.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description No procedure with this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ProceduresController_processingTime: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProcessingTimeDto'];
        };
      };
      /** @description No procedure with this code */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReportsController_publicStats: {
    parameters: {
      query?: {
        /** @description First day (YYYY-MM-DD); default: the first day of the current month */
        from?: string;
        /** @description Last day (YYYY-MM-DD), at most 366 days after `from`; default: today */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicStatsDto'];
        };
      };
      /** @description Invalid dates or period */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited, retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReportsController_summary: {
    parameters: {
      query?: {
        /** @description First day (YYYY-MM-DD); default: the first day of the current month */
        from?: string;
        /** @description Last day (YYYY-MM-DD), at most 366 days after `from`; default: today */
        to?: string;
        /** @description Agency code: the report counts it and every agency below it; a leader or an agency's ADMIN may ask for their own (default) or one below it, a SYSTEM_ADMIN for any or, without it, all agencies */
        agencyCode?: string;
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummaryReportDto'];
          'text/csv': components['schemas']['SummaryReportDto'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': components['schemas']['SummaryReportDto'];
        };
      };
      /** @description Invalid dates, period or agencyCode */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description The report of an agency neither the caller's own nor below it (leaders and ADMINs who are not SYSTEM_ADMIN)
       *
       *     Allowed roles: LEADER, ADMIN, SYSTEM_ADMIN.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReportsController_timeseries: {
    parameters: {
      query?: {
        /** @description First day (YYYY-MM-DD); default: the first day of the current month */
        from?: string;
        /** @description Last day (YYYY-MM-DD), at most 366 days after `from`; default: today */
        to?: string;
        /** @description Agency code: the report counts it and every agency below it; a leader or an agency's ADMIN may ask for their own (default) or one below it, a SYSTEM_ADMIN for any or, without it, all agencies */
        agencyCode?: string;
        /** @description Vietnamese calendar days, ISO weeks (Monday to Sunday) or months */
        interval?: 'day' | 'week' | 'month';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TimeseriesReportDto'];
        };
      };
      /** @description Invalid dates, period, interval or agencyCode */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Missing or invalid access token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /**
       * @description The report of an agency neither the caller's own nor below it (leaders and ADMINs who are not SYSTEM_ADMIN)
       *
       *     Allowed roles: LEADER, ADMIN, SYSTEM_ADMIN.
       */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  TrackingRoute_track: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The dossier code, e.g. 000.00.00.H00-261126-0001 */
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TrackingResponse'];
        };
      };
      /** @description No dossier with this code (drafts included) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rate limited (problem+json), retry after a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
    };
  };
}
