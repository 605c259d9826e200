// Preloaded with `node --require` in tests: on exit, writes the peak resident memory of the process
// (kilobytes, from process.resourceUsage) to the file named by $PEAK_RSS_FILE.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.PEAK_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
