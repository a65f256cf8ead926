import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One deadline digest mailed to one official on one day (Asia/Ho_Chi_Minh): a retried or
 * repeated watch that day mails nobody twice.
 */
@Entity('deadline_reminders')
export class DeadlineReminderEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}
