/* eslint-disable */
// Preloaded (node -r) into a measured process: when it exits, its CPU time (all threads, user +
// system) and peak RSS go to the file named by BENCH_USAGE. Plain JS, so the measured process
// runs exactly as a person runs it (no TypeScript loader).
'use strict';
process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_USAGE, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, peakRssMb: u.maxRSS / 1024 }));
});
