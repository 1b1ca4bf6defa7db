/**
 * The entry of the image: `node dist/apps/main.js [<service>] [migrate [--check]]`, the service from
 * the first argument or else KOERS_SERVICE. Resolves the @koers/* libraries next to itself (in dist/
 * of the image, or the sources under ts-node), so no loader flag and no shell are needed to start.
 */
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

export const SERVICES = ['signalen', 'tafels', 'pilots', 'consent', 'monitoring', 'notificaties'] as const;

register({ baseUrl: join(__dirname, '..'), paths: { '@koers/*': ['libs/*/src/index'] } });

const args = process.argv.slice(2);
const service = (SERVICES as readonly string[]).includes(args[0]) ? args.shift() : process.env.KOERS_SERVICE;
if (!service || !(SERVICES as readonly string[]).includes(service)) {
  process.stderr.write(`name the service as first argument or in KOERS_SERVICE: one of ${SERVICES.join(', ')} (got ${JSON.stringify(service ?? null)})\n`);
  process.exit(64); // EX_USAGE
}
// The service's main.ts reads its command from process.argv, as when it is started directly.
process.argv.splice(2, process.argv.length, ...args);
require(join(__dirname, service, 'src', 'main'));
