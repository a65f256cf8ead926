import { OnlineLevel, ProcedureField, RequiredDocument } from '@motcua/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { AgencyEntity } from './agency.entity';

@Entity('procedures')
// search on the folded name and code, built by the ProcedureSearchAndUsage migration
@Index('idx_procedures_search_trgm', { synchronize: false })
export class ProcedureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Code in the national database of administrative procedures, e.g. `1.001193`. */
  @Column({ unique: true })
  code: string;

  @Index()
  @Column({ type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  @Column()
  name: string;

  @Column({ type: 'int' })
  processingDays: number;

  /** Fee in VND. */
  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  fee: number;

  @Column({ type: 'varchar', length: 10 })
  onlineLevel: OnlineLevel;

  @Column({ default: false })
  postalDelivery: boolean;

  /** What the procedure is for, in plain Vietnamese; NULL when never written. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  purpose: string | null;

  /** Who may use it; NULL when never written. */
  @Column({ type: 'varchar', length: 2000, nullable: true })
  eligibility: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  requiredDocuments: RequiredDocument[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  fields: ProcedureField[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
