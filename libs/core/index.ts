export * from './errors';
export * from './json-limits';
export * from './levels';
export * from './clock';
export * from './wire';
export * from './chat-request.schema';
export * from './request-texts';
export * from './o200k-ranks';
