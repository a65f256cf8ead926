export * from './calendar-date';
export * from './working-calendar';
export * from './office-hours';
export * from './vietnamese-holidays';
export * from './holiday-table';
export * from './iso-instant';
