import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A public holiday (no work) by the Government's notice for its year; editable by ADMIN. */
@Entity('holidays')
export class HolidayEntity {
  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column()
  name: string;
}
