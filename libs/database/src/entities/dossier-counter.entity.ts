import { Column, Entity, PrimaryColumn, JoinColumn, ManyToOne } from 'typeorm';
import { AgencyEntity } from './agency.entity';

/** Last sequence number given per agency per (Vietnamese) day; the row is locked while a code is taken. */
@Entity('dossier_counters')
export class DossierCounterEntity {
  @PrimaryColumn({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'int' })
  lastSequence: number;
}
