import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('in-memory', async (articles) => ({ store: new MemoryStore(articles), release: async () => {} }));
