import { DossierStatus, Role } from '@motcua/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { DossierEntity } from './dossier.entity';

/** Append-only: a trigger refuses UPDATE and DELETE (see the initial migration). */
@Entity('dossier_history')
@Index(['dossierId', 'id'])
// reports: results made ready, and postal handovers and outcomes, in a period
@Index('idx_history_result_ready_at', ['at'], { where: `to_status = 'RESULT_READY'` })
// dispatch, deliver, return-to-sender: in the migrations
@Index('idx_history_postal_at', { synchronize: false })
// a dossier's first result (reports): in the migrations
@Index('idx_history_result_ready_dossier', { synchronize: false })
export class DossierHistoryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  dossierId: string;

  @ManyToOne(() => DossierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: DossierEntity;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStatus: DossierStatus | null;

  @Column({ type: 'varchar', length: 24 })
  toStatus: DossierStatus;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 20 })
  actorRole: Role | 'SYSTEM';

  @Column()
  actorName: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
