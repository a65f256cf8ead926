import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One password link: a reset link or an official's invitation sent to a user (only the token's SHA-256 is kept). It works once,
 * until `expiresAt`; a successful reset also spends the user's other links.
 */
@Entity('password_reset_tokens')
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  /** `RESET` (a forgotten password) or `INVITATION` (an official's first password). */
  @Column({ type: 'varchar', length: 16, default: 'RESET' })
  purpose: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
