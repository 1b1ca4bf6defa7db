import { randomUUID } from 'node:crypto';
import { AFSPRAAK_OPGESTELD_V1, AfspraakOpgesteldV1, createCloudEvent } from '@koers/contracts';
import type { TestService } from '@koers/service-testing';
import { eventually, TestIsolation } from '@koers/testing';

/**
 * What tafels tells monitoring when an agreement is drafted, published onto the test's exchange as
 * tafels would (a contract-built CloudEvent through the real broker): monitoring's own tests have no
 * tafels running. Waits until monitoring knows the agreement and returns its id.
 */
export async function meldAfspraak(
  service: TestService,
  isolation: TestIsolation,
  data: Partial<AfspraakOpgesteldV1> & Pick<AfspraakOpgesteldV1, 'regio' | 'gemeenten'>,
): Promise<string> {
  const afspraak: AfspraakOpgesteldV1 = {
    afspraakId: randomUUID(),
    tafelId: randomUUID(),
    versie: 1,
    soort: 'werkafspraak',
    bijeenkomstId: randomUUID(),
    eigenaar: 'zorggroep-horizon',
    deadline: '2026-12-31',
    opgesteldOp: new Date().toISOString(),
    ...data,
  };
  const event = createCloudEvent({ type: AFSPRAAK_OPGESTELD_V1, source: 'urn:nld:oin:00000000000000000000:systeem:koers-tafels', subject: afspraak.afspraakId, regio: afspraak.regio, data: afspraak });
  await isolation.publish(event);
  await eventually(async () => ((await bekend(service, afspraak.afspraakId)) ? true : undefined));
  return afspraak.afspraakId;
}

async function bekend(service: TestService, afspraakId: string): Promise<boolean> {
  const rijen = await service.dataSource.query(`SELECT 1 FROM "${service.settings.database.schema}".afspraak_onderwerp WHERE afspraak_id = $1`, [afspraakId]);
  return rijen.length > 0;
}
