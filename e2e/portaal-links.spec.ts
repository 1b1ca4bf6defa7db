// A consistency check between two apps' own lists, which no library owns: the one place e2e reads app sources.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { PORTAAL } from '../apps/notificaties/src/routering/portaal';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ROUTES } from '../apps/portaal/src/routes';

/** Every link notificaties writes into a message lands on a route of the portal that says it links there. */
describe('the portal routes that notificaties links to', () => {
  const id = '2f1c1b9e-3b7a-4c53-9a36-6f0f3c1d2e4a';
  const links = Object.entries(PORTAAL).map(([naam, pad]) => [naam, typeof pad === 'string' ? pad : (pad as (...a: unknown[]) => string)(id, id)] as const);
  const patroon = (pad: string) => new RegExp(`^${pad.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);

  it.each(links)('%s (%s) is a route of the portal, marked as linked', (_naam, link) => {
    const pad = link.split('?')[0];
    const route = ROUTES.find((r) => patroon(r.pad).test(pad));
    expect(route).toEqual(expect.objectContaining({ gelinktDoorNotificaties: true }));
  });
});
