export * from './procedure-search.repository';
export * from './procedure-figures.repository';
export * from './login-attempt.repository';
export * from './postal.repository';
export * from './retention.repository';
export * from './report.repository';
export * from './password-reset.repository';
export * from './file.repository';
export * from './idempotency-key.repository';
export * from './auth-session.repository';
export * from './dossier.repository';
export {
  DOSSIER_SORTS,
  type DossierSort,
  type AgencyScope,
  type DossierScope,
  type DossierFilters,
  type StatusCountRow,
} from './dossier-list.sql';
export * from './tracking.repository';
export * from './dossier-history.repository';
export * from './dossier-claim.repository';
export * from './agency.repository';
export * from './outbox.repository';
export * from './report-rollup.repository';
export * from './intake.repository';
export * from './notification.repository';
export * from './deadline.repository';
export * from './health.repository';
export * from './colleague.repository';
export * from './user.repository';
export * from './audit-log.repository';
export * from './holiday.repository';
export * from './postal-inbox.repository';
export * from './procedure.repository';
export * from './desk-receipt.repository';
