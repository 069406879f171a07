export * from './canonical-json';
export * from './leaf';
export * from './store';
export * from './group-commit';
