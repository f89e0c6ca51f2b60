import { eventStoreContract } from '../event-store.contract.js';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';

/**
 * The shared event-store contract against an EventStoreDB server (EVENTSTORE_CONNECTION_STRING). Without
 * one, jest.config.js leaves this suite out of the run and prints why.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;
if (!connectionString) throw new Error('EVENTSTORE_CONNECTION_STRING is not set: this suite runs against an EventStoreDB server');

describe('EventStoreDB event store contract', () => {
  eventStoreContract(async () => {
    const store = EventStoreDbEventStore.fromConnectionString(connectionString);
    return { store, dispose: () => store.close() };
  });
});
