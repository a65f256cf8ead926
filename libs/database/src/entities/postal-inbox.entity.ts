import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every verified callback of the postal operator, stored before it is acknowledged (the API
 * inserts it with its `postal.callback` outbox event in one transaction). The webhook id is
 * the key, so a redelivered callback is stored once. The worker applies each row once and
 * records how (`outcome`); rows with no effect are kept for operators.
 */
@Entity('postal_inbox')
@Index('idx_postal_inbox_reference', ['reference'])
export class PostalInboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  webhookId: string;

  @Column({ type: 'varchar', length: 100 })
  trackingNumber: string;

  /** The dossier code we gave the operator when dispatching. */
  @Column({ type: 'varchar', length: 100 })
  reference: string;

  @Column({ type: 'varchar', length: 30 })
  status: string;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  /** The whole body as received (after its signature was verified). */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;

  /**
   * `applied` | `stale` | `unknown-reference` | `not-postal`, set when processed; `pending`
   * (with no `processedAt`) while the shipment it belongs to is not recorded yet.
   */
  @Column({ type: 'varchar', length: 40, nullable: true })
  outcome: string | null;
}
