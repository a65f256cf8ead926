export * from './app-config.service';
export * from './config.module';
export * from './environment';
export * from './web-environment';
