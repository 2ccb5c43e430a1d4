export * from './reference';
export * from './organisations';
export * from './people';
export * from './users';
export * from './grants';
export * from './money-flow';
export * from './plans';
export * from './integrity';
