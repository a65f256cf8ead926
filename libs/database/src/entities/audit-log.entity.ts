import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to an official's account (invited, roles set, moved, disabled, enabled, password
 * reset sent, invitation accepted). Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE,
 * and the repository only inserts and reads. No password, token or secret is ever written here.
 */
@Entity('audit_log')
@Index('IDX_audit_log_agency_id', ['agencyId', 'id'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Who made the change (null: the account's own action, e.g. accepting an invitation). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** The account changed. */
  @Column({ type: 'uuid' })
  subjectId: string;

  /** The agency the entry belongs to (the account's, after the change): its ADMIN reads it. */
  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  /** What changed (roles before and after, agencies, ...), never a secret. */
  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;
}
