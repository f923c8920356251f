/**
 * Claiming jobs and deliveries must see what was just written: a worker reads from the primary,
 * never a replica. The settings read the environment once, at their first use, so the worker
 * imports this module before anything else.
 */
delete process.env.DATABASE_READ_REPLICA_URIS
