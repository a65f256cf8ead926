import { Channel, DeliveryMethod, DossierStatus } from '@motcua/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { AgencyEntity } from './agency.entity';
import { ProcedureEntity } from './procedure.entity';
import { UserEntity } from './user.entity';

export interface DossierAttachment {
  documentCode: string;
  fileId: string;
  fileName: string;
}

export interface DeliveryAddress {
  recipientName: string;
  phone: string;
  street: string;
  ward: string;
  /** Only in addresses written before districts were abolished (1 July 2025). */
  district?: string;
  province: string;
}

@Entity('dossiers')
@Index('idx_dossiers_owner_created', ['ownerId', 'createdAt'])
@Index('idx_dossiers_agency_status_appointment', ['agencyId', 'status', 'appointmentDate'])
@Index('idx_dossiers_agency_appointment', ['agencyId', 'appointmentDate'])
// reports: what an agency received in a period
@Index('idx_dossiers_agency_received', ['agencyId', 'receivedAt'])
// a specialist's work list (assignee, status, due date INCLUDE agency): in the migrations
@Index('idx_dossiers_assignee_status_appointment', { synchronize: false })
// GIN indexes (file references; applicant name search by trigram): declared in the migrations
@Index('idx_dossiers_attachments', { synchronize: false })
@Index('idx_dossiers_applicant_name_trgm', { synchronize: false })
@Index('idx_dossiers_result_file', { synchronize: false })
// reports, the days not yet rolled up and the figures of now (partial): in the migrations
@Index('idx_dossiers_received_at', { synchronize: false })
@Index('idx_dossiers_online_created', { synchronize: false })
@Index('idx_dossiers_open_received', { synchronize: false })
@Index('idx_dossiers_drafts_created', { synchronize: false })
@Index('idx_dossiers_received_by_appointment', { synchronize: false })
export class DossierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Circular 01/2018 code; null while a draft. */
  @Column({ type: 'varchar', length: 40, nullable: true, unique: true })
  code: string | null;

  @Column({ type: 'uuid' })
  procedureId: string;

  @ManyToOne(() => ProcedureEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'procedure_id' })
  procedure?: ProcedureEntity;

  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /**
   * The agency whose desk received the dossier when that is not the competent agency (a
   * service centre receiving regardless of administrative boundary); null otherwise.
   */
  @Column({ type: 'uuid', nullable: true })
  receivedByAgencyId: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({
    name: 'received_by_agency_id',
    foreignKeyConstraintName: 'FK_dossiers_received_by_agency',
  })
  receivedByAgency?: AgencyEntity;

  /** The citizen account that owns it; null for a desk filing until the applicant claims it. */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  /**
   * What the claim code of a desk filing is made from (libs/domain claim-code.ts); null for a
   * dossier filed online and once claimed. The code itself is never stored.
   */
  @Column({ type: 'char', length: 32, nullable: true })
  claimNonce: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  applicantNationalId: string;

  @Column()
  applicantFullName: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  applicantPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  applicantEmail: string | null;

  @Column({ type: 'varchar', length: 10 })
  channel: Channel;

  @Column({ type: 'varchar', length: 24 })
  status: DossierStatus;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  formData: Record<string, unknown>;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attachments: DossierAttachment[];

  @Column({ type: 'varchar', length: 10 })
  deliveryMethod: DeliveryMethod;

  @Column({ type: 'jsonb', nullable: true })
  deliveryAddress: DeliveryAddress | null;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'date', nullable: true })
  appointmentDate: string | null;

  /** The procedure's processing time, fixed when the dossier is received. */
  @Column({ type: 'int', nullable: true })
  processingDays: number | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: UserEntity;

  @Column({ type: 'jsonb', nullable: true })
  supplementRequest: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  delivery: Record<string, unknown> | null;

  /** Why the desk refused it (Mẫu 03). */
  @Column({ type: 'jsonb', nullable: true })
  rejection: Record<string, unknown> | null;

  /** The one rescheduling allowed, with its apology (Mẫu 04). */
  @Column({ type: 'jsonb', nullable: true })
  extension: Record<string, unknown> | null;

  /** Intake's re-verification of the attached files (AttachmentCheck); null until it ran. */
  @Column({ type: 'jsonb', nullable: true })
  attachmentCheck: Record<string, unknown> | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
