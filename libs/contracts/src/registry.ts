import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { dataschemaFor } from './cloud-event';
import { EventContract } from './event-contract';
import { schemaMeldingen } from './schema-meldingen';
import { berichtOnbestelbaarV1 } from './events/bericht-onbestelbaar.v1';
import { afwijkingGedetecteerdV1 } from './events/afwijking-gedetecteerd.v1';
import { metingenAangeleverdV1 } from './events/metingen-aangeleverd.v1';
import { monitoringplanGeevalueerdV1 } from './events/monitoringplan-geevalueerd.v1';
import { consensusAntwoordGegevenV1 } from './events/consensus-antwoord-gegeven.v1';
import { consensusBereiktV1 } from './events/consensus-bereikt.v1';
import { consensusGevraagdV1 } from './events/consensus-gevraagd.v1';
import { consensusNietBereiktV1 } from './events/consensus-niet-bereikt.v1';
import { signaalAfgewezenV1 } from './events/signaal-afgewezen.v1';
import { signaalInBehandelingGenomenV1 } from './events/signaal-in-behandeling-genomen.v1';
import { signaalIngediendV1 } from './events/signaal-ingediend.v1';
import { termijnVerstrekenV1 } from './events/termijn-verstreken.v1';
import { signaalSamengevoegdV1 } from './events/signaal-samengevoegd.v1';
import { tafelGestartV1 } from './events/tafel-gestart.v1';
import { tafelBijsturingNodigV1 } from './events/tafel-bijsturing-nodig.v1';
import { deelnemerToegevoegdV1 } from './events/deelnemer-toegevoegd.v1';
import {
  afspraakDeadlineVerstrekenV1,
  afspraakGetoetstV1,
  afspraakIngetrokkenV1,
  afspraakOpgesteldV1,
  afspraakOvergenomenV1,
  afspraakOvernameAangebodenV1,
  afspraakOvernameAfgeslagenV1,
  afspraakPilotVoorgesteldV1,
  afspraakVastgelegdV1,
} from './events/afspraak.v1';
import { tafelAfgerondV1 } from './events/tafel-afgerond.v1';
import { afwijkingGekoppeldV1 } from './events/afwijking-gekoppeld.v1';
import { monitoringplanAangemaaktV1, monitoringplanBevestigdV1 } from './events/monitoringplan.v1';
import { bijeenkomstGeannuleerdV1, bijeenkomstGehoudenV1, bijeenkomstGeplandV1, bijeenkomstVerplaatstV1 } from './events/bijeenkomst.v1';
import { verslagReactietermijnVerstrekenV1 } from './events/verslag.v1';
import { gemeenteGewijzigdV1, gemeenteToegevoegdV1 } from './events/gemeente.v1';
import { indicatorGewijzigdV1, indicatorToegevoegdV1 } from './events/indicator.v1';
import { registerGepubliceerdV1 } from './events/register-gepubliceerd.v1';

/** Every event type Koers knows. A type that is not here is unknown to every consumer. */
export const EVENT_CONTRACTS: readonly EventContract[] = [
  signaalIngediendV1,
  metingenAangeleverdV1,
  afwijkingGedetecteerdV1,
  monitoringplanGeevalueerdV1,
  signaalInBehandelingGenomenV1,
  signaalAfgewezenV1,
  signaalSamengevoegdV1,
  consensusGevraagdV1,
  consensusAntwoordGegevenV1,
  consensusBereiktV1,
  consensusNietBereiktV1,
  tafelGestartV1,
  deelnemerToegevoegdV1,
  bijeenkomstGeplandV1,
  bijeenkomstVerplaatstV1,
  bijeenkomstGeannuleerdV1,
  bijeenkomstGehoudenV1,
  verslagReactietermijnVerstrekenV1,
  afspraakOpgesteldV1,
  afspraakVastgelegdV1,
  afspraakGetoetstV1,
  afspraakPilotVoorgesteldV1,
  afspraakIngetrokkenV1,
  monitoringplanAangemaaktV1,
  monitoringplanBevestigdV1,
  tafelBijsturingNodigV1,
  afspraakOvernameAangebodenV1,
  afspraakOvergenomenV1,
  afspraakOvernameAfgeslagenV1,
  afspraakDeadlineVerstrekenV1,
  tafelAfgerondV1,
  afwijkingGekoppeldV1,
  termijnVerstrekenV1,
  ...Object.values(berichtOnbestelbaarV1),
  gemeenteToegevoegdV1,
  gemeenteGewijzigdV1,
  indicatorToegevoegdV1,
  indicatorGewijzigdV1,
  registerGepubliceerdV1,
];

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);

const validators = new Map<string, ValidateFunction>(
  EVENT_CONTRACTS.map((c) => [c.type, ajv.compile({ $id: dataschemaFor(c.type), ...c.schema })]),
);

export function isKnownEventType(type: string): boolean {
  return validators.has(type);
}

/** The full JSON Schema of a type's data, with its `$id` (the event's `dataschema`). */
export function jsonSchemaOf(type: string): Record<string, unknown> | undefined {
  const contract = EVENT_CONTRACTS.find((c) => c.type === type);
  return contract && { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: dataschemaFor(type), ...contract.schema };
}

/** The data of an event does not match the schema of its type, or Koers does not know the type; `violations` says what, in Dutch. */
export class ContractViolation extends Error {
  constructor(
    readonly eventType: string,
    readonly violations: string[],
    message = `Het bericht ${eventType} klopt niet met zijn schema: ${violations.join('; ')}.`,
  ) {
    super(message);
    this.name = 'ContractViolation';
  }
}

/** Throws ContractViolation when `data` does not match the schema of `type`. */
export function assertEventData(type: string, data: unknown): void {
  const validate = validators.get(type);
  if (!validate) {
    const reden = `Koers kent het soort bericht ${type} niet`;
    throw new ContractViolation(type, [reden], `${reden}.`);
  }
  if (!validate(data)) throw new ContractViolation(type, schemaMeldingen(validate.errors ?? []));
}
