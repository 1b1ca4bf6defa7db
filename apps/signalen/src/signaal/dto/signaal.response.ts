import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INDIENERS, SIGNAAL_BRONNEN, TERMIJNSOORTEN } from '@koers/contracts';
import type { LopendeTermijn } from '../../termijn/termijn.service';
import { Signaal } from '../signaal.entity';
import { SIGNAAL_STATUSSEN } from '../signaal.rules';

export class TermijnResponse {
  @ApiProperty({ enum: TERMIJNSOORTEN, description: 'opnemen: het signaal oppakken; beantwoorden: de consensusronde beantwoorden' }) soort: string;
  @ApiProperty({ format: 'date', description: 'De laatste dag waarop het op tijd is' }) uiterlijk: string;
  @ApiProperty() verstreken: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) consensusrondeId?: string;
}

export class SignaalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() regio: string;
  @ApiProperty({ enum: SIGNAAL_BRONNEN }) bron: string;
  @ApiProperty() titel: string;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ type: [String] }) gemeenten: string[];
  @ApiProperty({ enum: SIGNAAL_STATUSSEN }) status: string;
  @ApiProperty({ enum: INDIENERS, description: 'systeem: door Koers zelf aangemaakt uit een afwijking van de koers' }) indienerRol: string;
  @ApiProperty({ type: [String], description: 'Indicatoren waar het signaal over gaat' }) indicatoren: string[];
  @ApiPropertyOptional({ description: 'Het deel van het koersdocument of uitvoeringsprogramma waarvan het signaal afwijkt' })
  koersReferentie?: string;
  @ApiPropertyOptional() indienerOrganisatie?: string;
  @ApiProperty({ format: 'date-time' }) ingediendOp: string;
  @ApiProperty({ type: [TermijnResponse], description: 'De lopende termijnen (werkdagen, per regio ingesteld)' }) termijnen: TermijnResponse[];
  @ApiProperty({ description: 'Of een lopende termijn verstreken is' }) termijnVerstreken: boolean;

  static from(signaal: Signaal, termijnen: LopendeTermijn[] = []): SignaalResponse {
    return {
      id: signaal.id,
      regio: signaal.regio,
      bron: signaal.bron,
      titel: signaal.titel,
      omschrijving: signaal.omschrijving,
      gemeenten: signaal.gemeenten,
      status: signaal.status,
      indienerRol: signaal.indienerRol,
      indicatoren: signaal.indicatoren ?? [],
      ...(signaal.koersReferentie ? { koersReferentie: signaal.koersReferentie } : {}),
      ...(signaal.indienerOrganisatie ? { indienerOrganisatie: signaal.indienerOrganisatie } : {}),
      ingediendOp: signaal.ingediendOp.toISOString(),
      termijnen: termijnen.map(({ consensusrondeId, ...termijn }) => ({ ...termijn, ...(consensusrondeId ? { consensusrondeId } : {}) })),
      termijnVerstreken: termijnen.some((termijn) => termijn.verstreken),
    };
  }
}

export class SignalenPagina {
  @ApiProperty({ type: [SignaalResponse] }) items: SignaalResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
