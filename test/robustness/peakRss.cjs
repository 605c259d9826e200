// Preloaded with `node --require` in tests: on exit, writes the peak resident memory of the process
// (kilobytes) and the CPU time it used (user + system, microseconds), from process.resourceUsage, to
// the file named by $PEAK_RSS_FILE as "maxRSS cpuMicros".
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.PEAK_RSS_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  fs.writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
});
