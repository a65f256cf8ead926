import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Sign-in attempts on one login name since its last success: the per-name lock-out's count.
 * The name is kept only as a keyed hash, and whether or not an account has it.
 */
@Entity('login_attempts')
export class LoginAttemptEntity {
  @PrimaryColumn({ type: 'char', length: 64 })
  loginHash: string;

  @Column({ type: 'int' })
  attempts: number;

  /** When the count starts again from zero; while over the limit, when the lock ends. */
  @Index()
  @Column({ type: 'timestamptz' })
  resetsAt: Date;
}
