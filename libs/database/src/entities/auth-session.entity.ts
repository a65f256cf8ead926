import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One sign-in (its id is the refresh-token family's). Access tokens carry it, and each request
 * reads this row by primary key, so logout or reuse detection stops them at once.
 */
@Entity('auth_sessions')
export class AuthSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Index('IDX_auth_sessions_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
