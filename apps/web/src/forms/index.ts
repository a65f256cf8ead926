export * from './form-field';
export * from './read-form-values';
export * from './field-input';
export * from './error-summary';
export * from './form-steps';
export * from './answer-list';
export * from './problem-errors';
export * from './form-group';
