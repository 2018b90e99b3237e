// The public names of renda/connections, the two connections (两个联系): coverage (全覆盖) and
// deputy performance scoring (履职积分).
export * from './coverage/index.js';
export * from './dutyRecord/index.js';
export * from './people/index.js';
export * from './plans/index.js';
export * from './rollup/index.js';
export * from './schedules/index.js';
export * from './scoring/index.js';
