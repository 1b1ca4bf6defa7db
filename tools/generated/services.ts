import type { ServiceDefinition } from '@koers/bootstrap';
import { consent } from '../../apps/consent/src/consent.service-definition';
import { monitoring } from '../../apps/monitoring/src/monitoring.service-definition';
import { notificaties } from '../../apps/notificaties/src/notificaties.service-definition';
import { pilots } from '../../apps/pilots/src/pilots.service-definition';
import { signalen } from '../../apps/signalen/src/signalen.service-definition';
import { tafels } from '../../apps/tafels/src/tafels.service-definition';

/** The six services, in the order of the README. */
export const SERVICES: readonly ServiceDefinition[] = [signalen, tafels, pilots, consent, monitoring, notificaties];
