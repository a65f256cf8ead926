import { Role } from '@motcua/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { AgencyEntity } from './agency.entity';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_users_national_id', { unique: true, where: 'national_id IS NOT NULL' })
  @Column({ type: 'varchar', length: 12, nullable: true })
  nationalId: string | null;

  /** Stored lower-case so login by email is case-insensitive. */
  @Index('uq_users_email', { unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column()
  fullName: string;

  /** Null while an invited official has not yet accepted the invitation (no password set). */
  @Column({ type: 'varchar', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set while the account is disabled: it cannot sign in and its sessions were ended. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /**
   * The TOTP secret (second factor), encrypted with AES-256-GCM (see libs/auth totp-secret);
   * pending until `totpEnabledAt` is set by the first valid code.
   */
  @Column({ type: 'text', nullable: true, select: false })
  totpSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep: string | null;
}
