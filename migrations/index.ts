import * as migration_20261127_234936_initial from './20261127_234936_initial';

export const migrations = [
  {
    up: migration_20261127_234936_initial.up,
    down: migration_20261127_234936_initial.down,
    name: '20261127_234936_initial'
  },
];
