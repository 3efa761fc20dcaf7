import * as migration_20261124_010830_initial from './20261124_010830_initial'

export const migrations = [
  {
    up: migration_20261124_010830_initial.up,
    down: migration_20261124_010830_initial.down,
    name: '20261124_010830_initial',
  },
]
