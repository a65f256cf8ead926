import { Module } from '@nestjs/common';
import { AppConfig } from '@motcua/config';
import { FileRepository } from '@motcua/database';
import { FilesController } from './files.controller';
import { FilesService } from './files.service';
import { FILE_STORE, FileStore, LocalDiskFileStore } from '@motcua/storage';

@Module({
  controllers: [FilesController],
  providers: [
    {
      // swap this factory for an S3-compatible FileStore; nothing else changes
      provide: FILE_STORE,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<FileStore> => {
        const store = new LocalDiskFileStore(config.get('FILE_STORAGE_DIR'));
        await store.prepare();
        return store;
      },
    },
    FilesService,
    FileRepository,
  ],
  exports: [FilesService, FILE_STORE],
})
export class FilesModule {}
