export * from './errors';
export * from './levels';
export * from './clock';
export * from './wire';
export * from './chat-request.schema';
