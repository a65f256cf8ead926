export * from './file-store';
export * from './local-disk-file-store';
export * from './upload-staging';
export * from './stored-digest';
