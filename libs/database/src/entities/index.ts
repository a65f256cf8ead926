import { AgencyEntity } from './agency.entity';
import { AuditLogEntity } from './audit-log.entity';
import { DeadlineReminderEntity } from './deadline-reminder.entity';
import { DossierCounterEntity } from './dossier-counter.entity';
import { DossierHistoryEntity } from './dossier-history.entity';
import { DossierEntity } from './dossier.entity';
import { HolidayEntity } from './holiday.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { LoginAttemptEntity } from './login-attempt.entity';
import { NotificationDeliveryEntity } from './notification-delivery.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { PasswordResetTokenEntity } from './password-reset-token.entity';
import { PostalInboxEntity } from './postal-inbox.entity';
import { ProcedureEntity } from './procedure.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { StoredFileEntity } from './stored-file.entity';
import { UserEntity } from './user.entity';

export {
  AgencyEntity,
  AuditLogEntity,
  DeadlineReminderEntity,
  DossierCounterEntity,
  DossierEntity,
  DossierHistoryEntity,
  HolidayEntity,
  IdempotencyKeyEntity,
  LoginAttemptEntity,
  NotificationDeliveryEntity,
  OutboxEventEntity,
  PasswordResetTokenEntity,
  PostalInboxEntity,
  ProcedureEntity,
  RefreshTokenEntity,
  AuthSessionEntity,
  StoredFileEntity,
  UserEntity,
};
export type { DeliveryAddress, DossierAttachment } from './dossier.entity';

export const ENTITIES = [
  AgencyEntity,
  UserEntity,
  RefreshTokenEntity,
  AuthSessionEntity,
  ProcedureEntity,
  StoredFileEntity,
  DossierEntity,
  DossierHistoryEntity,
  DossierCounterEntity,
  IdempotencyKeyEntity,
  HolidayEntity,
  OutboxEventEntity,
  PasswordResetTokenEntity,
  NotificationDeliveryEntity,
  PostalInboxEntity,
  DeadlineReminderEntity,
  LoginAttemptEntity,
  AuditLogEntity,
];
