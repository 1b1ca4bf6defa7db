import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INDIENERS, SIGNAAL_BRONNEN } from '@koers/contracts';
import { Signaal } from '../signaal.entity';
import { SIGNAAL_STATUSSEN } from '../signaal.rules';

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

  static from(signaal: Signaal): SignaalResponse {
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
    };
  }
}

export class SignalenPagina {
  @ApiProperty({ type: [SignaalResponse] }) items: SignaalResponse[];
  @ApiProperty() totaal: number;
  @ApiProperty() pagina: number;
  @ApiProperty() paginaGrootte: number;
}
