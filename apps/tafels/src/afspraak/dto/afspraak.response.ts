import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AFSPRAAK_SOORTEN, INDICATOR_RICHTINGEN, MONITORING_OORDELEN } from '@koers/contracts';
import { Afspraak, AfspraakToetsing } from '../afspraak.entity';
import { AFSPRAAK_STATUSSEN, TOETSING_STATUSSEN, VOORTGANG } from '../afspraak.rules';

export class OutcomecriteriumResponse {
  @ApiProperty() code: string;
  @ApiProperty() naam: string;
  @ApiProperty() definitie: string;
  @ApiProperty() eenheid: string;
  @ApiProperty({ enum: INDICATOR_RICHTINGEN }) richting: string;
  @ApiProperty() doelwaarde: number;
}

export class ToetsingResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['akkoord', 'bezwaar'] }) oordeel: string;
  @ApiPropertyOptional({ description: 'Bij bezwaar de reden; bij akkoord de motivering, als de jurist die gaf' }) reden?: string;
  @ApiProperty({ description: 'Keycloak-id van de jurist' }) juristSub: string;
  @ApiProperty({ format: 'date-time' }) getoetstOp: string;

  static from(t: AfspraakToetsing): ToetsingResponse {
    return { id: t.id, oordeel: t.oordeel, ...(t.reden ? { reden: t.reden } : {}), juristSub: t.juristSub, getoetstOp: t.getoetstOp.toISOString() };
  }
}

/** An agreement as every user of the region sees it, with the jurists' checks of this version. */
export class AfspraakResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tafelId: string;
  @ApiProperty() regio: string;
  @ApiProperty({ minimum: 1 }) versie: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'De versie die deze vervangt (na bijsturen)' }) vorigeVersieId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Bij een overgenomen afspraak: de geslaagde afspraak van een andere gemeente (GET /v1/afspraken/{id}/overnames)' }) overgenomenVanId?: string;
  @ApiProperty({ enum: AFSPRAAK_SOORTEN }) soort: string;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ description: 'De organisatie aan tafel die de afspraak uitvoert' }) eigenaar: string;
  @ApiProperty({ format: 'date' }) deadline: string;
  @ApiProperty({ description: 'De rechtsgrond (verwijzing)' }) rechtsgrond: string;
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty() voorDeHeleRegio: boolean;
  @ApiProperty({ format: 'uuid' }) bijeenkomstId: string;
  @ApiProperty({ enum: AFSPRAAK_STATUSSEN }) status: string;
  @ApiProperty({ enum: TOETSING_STATUSSEN, description: 'De juridische toets van deze versie' }) toetsing: string;
  @ApiPropertyOptional({ enum: VOORTGANG, description: 'Zoals de eigenaar het meldde' }) voortgang?: string;
  @ApiPropertyOptional() stopreden?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Het monitoringplan in monitoring' }) monitoringplanId?: string;
  @ApiProperty({ description: 'Monitoring heeft het plan bevestigd' }) planBevestigd: boolean;
  @ApiPropertyOptional({ enum: MONITORING_OORDELEN, description: 'Het laatste oordeel van monitoring over het plan van deze versie' }) oordeel?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Wanneer monitoring dat oordeel gaf' }) geevalueerdOp?: string;
  @ApiPropertyOptional({ type: OutcomecriteriumResponse }) outcomecriterium?: OutcomecriteriumResponse;
  @ApiProperty({ type: [ToetsingResponse] }) toetsingen: ToetsingResponse[];
  @ApiProperty({ format: 'date-time' }) opgesteldOp: string;
  @ApiPropertyOptional({ format: 'date-time' }) vastgelegdOp?: string;

  static from(a: Afspraak, toetsingen: readonly AfspraakToetsing[] = []): AfspraakResponse {
    return {
      id: a.id,
      tafelId: a.tafelId,
      regio: a.regio,
      versie: a.versie,
      ...(a.vorigeVersieId ? { vorigeVersieId: a.vorigeVersieId } : {}),
      ...(a.overgenomenVanId ? { overgenomenVanId: a.overgenomenVanId } : {}),
      soort: a.soort,
      omschrijving: a.omschrijving,
      eigenaar: a.eigenaar,
      deadline: a.deadline,
      rechtsgrond: a.rechtsgrond,
      gemeenten: a.gemeenten,
      voorDeHeleRegio: a.voorDeHeleRegio,
      bijeenkomstId: a.bijeenkomstId,
      status: a.status,
      toetsing: a.toetsing,
      ...(a.voortgang ? { voortgang: a.voortgang } : {}),
      ...(a.stopreden ? { stopreden: a.stopreden } : {}),
      ...(a.monitoringplanId ? { monitoringplanId: a.monitoringplanId } : {}),
      planBevestigd: a.planBevestigd,
      ...(a.oordeel && a.geevalueerdOp ? { oordeel: a.oordeel, geevalueerdOp: a.geevalueerdOp.toISOString() } : {}),
      ...(a.outcomecriterium ? { outcomecriterium: a.outcomecriterium } : {}),
      toetsingen: toetsingen.filter((t) => t.afspraakId === a.id).map(ToetsingResponse.from),
      opgesteldOp: a.opgesteldOp.toISOString(),
      ...(a.vastgelegdOp ? { vastgelegdOp: a.vastgelegdOp.toISOString() } : {}),
    };
  }
}

export class TafelContextResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() titel: string;
  @ApiProperty() probleemstelling: string;
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty() status: string;
}

/** An agreement in a list across tables (the jurist's queue, my agreements), with its table. */
export class AfspraakMetTafel extends AfspraakResponse {
  @ApiProperty({ type: TafelContextResponse, description: 'De tafel waaraan de afspraak is gemaakt' }) tafel: TafelContextResponse;
}

export class AfsprakenPagina {
  @ApiProperty({ type: [AfspraakMetTafel] }) items: AfspraakMetTafel[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
