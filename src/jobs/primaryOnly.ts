/**
 * Claiming jobs and deliveries must see what was just written: a worker reads from the primary,
 * never a replica. The config reads this variable when it is evaluated, so the worker imports
 * this module before anything that imports the config.
 */
delete process.env.DATABASE_READ_REPLICA_URIS
