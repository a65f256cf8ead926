import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in (its id is the refresh-token family's). Access tokens carry it; each API process
 * keeps the sessions ended within a token's lifetime as its deny-list (RevokedSessions).
 */
@Entity('auth_sessions')
export class AuthSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_auth_sessions_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @Index('idx_auth_sessions_revoked_at', { where: 'revoked_at IS NOT NULL' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
