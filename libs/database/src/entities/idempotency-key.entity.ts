import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** First response to a request made with an Idempotency-Key, kept so a retry gets it again. */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  /** The route and its dossier, e.g. `request-supplement:<dossier id>`. */
  @Column({ type: 'varchar', length: 255 })
  scope: string;

  @Column({ type: 'char', length: 64 })
  requestHash: string;

  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
