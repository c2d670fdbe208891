/**
 * Build step (npm run build): writes dist/document/wink-data.v8, the cache wink-data.ts reads
 * at start-up instead of the package's JSON and JavaScript tables.
 */
import { writeFileSync } from 'node:fs';
import { serializeWinkData } from './wink-data.js';

writeFileSync(new URL('./wink-data.v8', import.meta.url), serializeWinkData());
