import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  JoinColumn,
  ManyToOne,
} from 'typeorm';
import { UserEntity } from './user.entity';

/** An uploaded document; its bytes live in the file store under `sha256`. */
@Entity('files')
// the per-user upload quota sums a user's recent uploads
@Index('idx_files_owner_created', ['ownerId', 'createdAt'])
export class StoredFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column()
  fileName: string;

  @Column({ type: 'int' })
  size: number;

  @Column()
  mimeType: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
