import { AgencyKind } from '@motcua/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * An agency in the two-tier tree: a province at the root, its departments, communes and
 * service centres below (libs/domain agency-kind.ts says which kind goes under which).
 */
@Entity('agencies')
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Identifier code per Circular 10/2016/TT-BTTTT, e.g. `000.00.00.H00`. */
  @Column({ unique: true })
  code: string;

  @Column()
  name: string;

  @Column({ type: 'enum', enum: AgencyKind, enumName: 'agency_kind', default: AgencyKind.Commune })
  kind: AgencyKind;

  @Index('idx_agencies_parent')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => AgencyEntity, {
    onDelete: 'RESTRICT',
    nullable: true,
  })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_agencies_parent' })
  parent?: AgencyEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
