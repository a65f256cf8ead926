import { Global, Module } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { FILE_STORE, FileStore, LocalDiskFileStore } from '@motcua/storage';

/**
 * The file store the API writes uploads to (`FILE_STORAGE_DIR`, shared with the API), read
 * only here. The worker never calls `prepare()`: cleaning the scratch folders is the API's.
 */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [AppConfig],
      useFactory: (config: AppConfig): FileStore =>
        new LocalDiskFileStore(config.get('FILE_STORAGE_DIR')),
    },
  ],
  exports: [FILE_STORE],
})
export class FileStoreModule {}
