export * from './api-key';
export * from './roles';
export * from './console-pages';
