import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { WebEnvironment } from '@motcua/config/web-environment';
import { ApiModule } from './api/api.module';
import { CitizenModule } from './citizen/citizen.module';
import { ConsoleModule } from './console/console.module';
import { ProblemPagesFilter } from './http/problem-pages.filter';
import { PublicPagesModule } from './public/public-pages.module';

/**
 * The citizen portal and the officials' console. Public pages live in `public/`, the
 * citizen's own pages (account, filing, dossiers) in `citizen/`, the officials' console under
 * `/can-bo` in `console/`; each is a feature module imported here.
 */
@Module({})
export class WebModule {
  static with(env: WebEnvironment): DynamicModule {
    return {
      module: WebModule,
      global: true,
      imports: [ApiModule, PublicPagesModule, CitizenModule, ConsoleModule],
      providers: [
        { provide: WebEnvironment, useValue: env },
        { provide: APP_FILTER, useClass: ProblemPagesFilter },
      ],
      exports: [WebEnvironment],
    };
  }
}
