// Finds a free loopback port at or after a preferred one, for `npm start`'s browser mode.
import { createServer } from 'node:net';

function isFree(port, host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * @param {number} preferred the first port to try
 * @param {{ host?: string, attempts?: number }} [options]
 * @returns {Promise<number>} the first free port among `attempts` tries
 */
export async function findFreePort(preferred, { host = '127.0.0.1', attempts = 50 } = {}) {
  for (let port = preferred; port < preferred + attempts && port <= 65535; port++) {
    if (await isFree(port, host)) return port;
  }
  throw new Error(`No free port on ${host} between ${preferred} and ${preferred + attempts - 1}.`);
}
