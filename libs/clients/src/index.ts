import type * as consent from './consent/api';
import type * as monitoring from './monitoring/api';
import type * as notificaties from './notificaties/api';
import type * as pilots from './pilots/api';
import type * as signalen from './signalen/api';
import type * as tafels from './tafels/api';
import { createKoersClient, KoersClientOptions } from './koers-client';

export { createKoersClient, lees } from './koers-client';
export type { KoersClientOptions, Leesuitkomst } from './koers-client';

/*
 * One typed client per service, from the OpenAPI document it serves (generated into ./<service>/ by
 * `bash tools/generate.sh`). The schemas are the response and request bodies by their DTO names.
 */
export const signalenClient = (options: KoersClientOptions) => createKoersClient<signalen.paths>(options);
export const tafelsClient = (options: KoersClientOptions) => createKoersClient<tafels.paths>(options);
export const pilotsClient = (options: KoersClientOptions) => createKoersClient<pilots.paths>(options);
export const consentClient = (options: KoersClientOptions) => createKoersClient<consent.paths>(options);
export const monitoringClient = (options: KoersClientOptions) => createKoersClient<monitoring.paths>(options);
export const notificatiesClient = (options: KoersClientOptions) => createKoersClient<notificaties.paths>(options);

export type SignalenSchemas = signalen.components['schemas'];
export type TafelsSchemas = tafels.components['schemas'];
export type PilotsSchemas = pilots.components['schemas'];
export type ConsentSchemas = consent.components['schemas'];
export type MonitoringSchemas = monitoring.components['schemas'];
export type NotificatiesSchemas = notificaties.components['schemas'];
