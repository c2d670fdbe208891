#!/usr/bin/env node
// The bundled CLI (npm run build writes it): one module graph of a few files starts faster.
import { main } from '../dist/bundle/main.js';
await main(process.argv);
