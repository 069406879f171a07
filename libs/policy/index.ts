export * from './schema';
export * from './load';
export * from './evaluate';
export * from './explain';
export * from './resolve';
export { formatPath } from './issues';
export * from './check';
