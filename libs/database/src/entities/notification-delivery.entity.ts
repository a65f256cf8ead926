import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One notification sent for one outbox event on one channel: a retried job sends nothing twice. */
@Entity('notification_deliveries')
export class NotificationDeliveryEntity {
  @PrimaryColumn({ type: 'bigint' })
  outboxId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  channel: string;

  @CreateDateColumn({ type: 'timestamptz' })
  sentAt: Date;
}
