import { openSqliteStore } from '../../cloudfunctions/adapters/store/sqlite/open-sqlite-store';
import { tempDbFile } from './support/row-counts';
import { storeContract } from './support/store-contract';

storeContract('SQLite in memory', async () => openSqliteStore(':memory:'));
storeContract('SQLite file (WAL)', async () => openSqliteStore(tempDbFile()));
