export * from './units';
export * from './accounts';
export * from './officers';
export * from './random';
