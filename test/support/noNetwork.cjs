// Preloaded with `node --require` in tests: any attempt to open a socket or resolve a name kills the process
// with exit code 86, so a test can prove that a command makes no network request.
const net = require('node:net');
const dns = require('node:dns');
const tls = require('node:tls');

function refuse(what) {
  return function () {
    process.stderr.write(`NETWORK ACCESS ATTEMPTED: ${what}\n`);
    process.exit(86);
  };
}

net.Socket.prototype.connect = refuse('net.Socket.connect');
tls.connect = refuse('tls.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
dns.promises.lookup = refuse('dns.promises.lookup');
dns.promises.resolve = refuse('dns.promises.resolve');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
