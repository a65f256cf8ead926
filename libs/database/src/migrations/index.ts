import { InitialSchema1795675963115 } from './1795675963115-InitialSchema';
import { DossierWorkflowAndHolidays1795677313522 } from './1795677313522-DossierWorkflowAndHolidays';
import { OfficialWorkListIndexes1795677662596 } from './1795677662596-OfficialWorkListIndexes';
import { ResultFileIndex1795678500000 } from './1795678500000-ResultFileIndex';
import { AssigneeStatusWorkListIndex1795680000000 } from './1795680000000-AssigneeStatusWorkListIndex';
import { TransactionalOutbox1795681609066 } from './1795681609066-TransactionalOutbox';
import { PostalInbox1795681843185 } from './1795681843185-PostalInbox';
import { DeadlineReminders1795682208245 } from './1795682208245-DeadlineReminders';
import { ReportIndexes1795683420167 } from './1795683420167-ReportIndexes';
import { ReportRollup1795690000000 } from './1795690000000-ReportRollup';
import { ReportRollupIndexes1795690000001 } from './1795690000001-ReportRollupIndexes';
import { DossierAttachmentCheck1796101800000 } from './1796101800000-DossierAttachmentCheck';
import { FirstResultIndex1796101900000 } from './1796101900000-FirstResultIndex';
import { IdempotencyScopeLength1796211000000 } from './1796211000000-IdempotencyScopeLength';
import { ProcedureSearchAndUsage1796212000000 } from './1796212000000-ProcedureSearchAndUsage';
import { LoginAttempts1796213000000 } from './1796213000000-LoginAttempts';
import { DossierClaimCode1796214100000 } from './1796214100000-DossierClaimCode';
import { PasswordResetTokens1796214200000 } from './1796214200000-PasswordResetTokens';
import { FilesOwnerCreatedIndex1796215100000 } from './1796215100000-FilesOwnerCreatedIndex';
import { ProcedurePurposeAndEligibility1796215200000 } from './1796215200000-ProcedurePurposeAndEligibility';
import { RefreshSessionStart1796216000000 } from './1796216000000-RefreshSessionStart';
import { AuthSessions1796216100000 } from './1796216100000-AuthSessions';
import { SystemAdminRole1796216100000 } from './1796216100000-SystemAdminRole';
import { AgencyTree1796220000000 } from './1796220000000-AgencyTree';
import { OfficialAccounts1796220002000 } from './1796220002000-OfficialAccounts';
import { RevokedSessionsIndex1796230000000 } from './1796230000000-RevokedSessionsIndex';

// Listed explicitly (not globbed) so the compiled apps and the tests load the same set.
export const MIGRATIONS = [
  InitialSchema1795675963115,
  DossierWorkflowAndHolidays1795677313522,
  OfficialWorkListIndexes1795677662596,
  ResultFileIndex1795678500000,
  AssigneeStatusWorkListIndex1795680000000,
  TransactionalOutbox1795681609066,
  PostalInbox1795681843185,
  DeadlineReminders1795682208245,
  ReportIndexes1795683420167,
  ReportRollup1795690000000,
  ReportRollupIndexes1795690000001,
  DossierAttachmentCheck1796101800000,
  FirstResultIndex1796101900000,
  IdempotencyScopeLength1796211000000,
  ProcedureSearchAndUsage1796212000000,
  LoginAttempts1796213000000,
  DossierClaimCode1796214100000,
  PasswordResetTokens1796214200000,
  FilesOwnerCreatedIndex1796215100000,
  ProcedurePurposeAndEligibility1796215200000,
  RefreshSessionStart1796216000000,
  AuthSessions1796216100000,
  SystemAdminRole1796216100000,
  AgencyTree1796220000000,
  OfficialAccounts1796220002000,
  RevokedSessionsIndex1796230000000,
];
