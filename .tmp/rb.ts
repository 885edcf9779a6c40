import { benchReader } from '../bench/reader-bench';
for (const n of [50, 500, 5000]) { const t = benchReader(n); console.log(n, JSON.stringify(t).slice(0, 200)); }
