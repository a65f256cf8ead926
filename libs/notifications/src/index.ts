export * from './templates';
export * from './channels';
