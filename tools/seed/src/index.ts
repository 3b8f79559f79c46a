export * from './units';
export * from './accounts';
