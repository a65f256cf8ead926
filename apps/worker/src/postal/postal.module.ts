import { Module } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { DossierHistoryRepository, PostalRepository } from '@motcua/database';
import { PostalEventApplier } from './postal-event-applier.service';
import { HttpPostalOperator, POSTAL_OPERATOR } from './postal-operator';
import { ShipmentDispatcher } from './shipment-dispatcher.service';

/** The postal operator, both ways: shipments out, status callbacks in. */
@Module({
  providers: [
    {
      provide: POSTAL_OPERATOR,
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        new HttpPostalOperator(
          config.get('POSTAL_API_URL') as string,
          config.get('POSTAL_API_KEY') as string,
        ),
    },
    ShipmentDispatcher,
    PostalRepository,
    DossierHistoryRepository,
    PostalEventApplier,
  ],
  exports: [PostalEventApplier, ShipmentDispatcher],
})
export class PostalModule {}
