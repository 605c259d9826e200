// HTTPS options for the dev server from office-addin-dev-certs. Where the CA cannot be installed into the
// system store (Linux without sudo, CI), the generated certificates are still used and the user is told.
const fs = require('node:fs');
const devCerts = require('office-addin-dev-certs');
const defaults = require('office-addin-dev-certs/lib/defaults');
const { generateCertificates } = require('office-addin-dev-certs/lib/generate');

async function getHttpsServerOptions() {
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    if (!fs.existsSync(defaults.localhostCertificatePath)) await generateCertificates();
    process.stderr.write(
      `\n[https] Developer CA not installed (${error.message.split('\n')[0]}).\n` +
        `[https] Serving with the generated certificate; trust ${defaults.caCertificatePath} or accept the browser warning.\n\n`,
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = { getHttpsServerOptions };
