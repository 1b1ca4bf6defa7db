import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CATEGORIE_NAMEN, CATEGORIEEN, Categorie } from '../../routering/categorieen';
import { Keuze, KEUZE_UITLEG, KEUZES } from '../voorkeur.rules';

export class EmailVoorkeurWijzigenDto {
  @ApiProperty({ enum: KEUZES, description: 'direct: meteen een e-mail; dagelijks: één e-mail per dag; uit: geen e-mail' })
  @IsIn(KEUZES, { message: `keuze moet een van deze zijn: ${KEUZES.join(', ')}` })
  keuze: Keuze;
}

export class EmailVoorkeurResponse {
  @ApiProperty({ enum: CATEGORIE_NAMEN }) categorie: Categorie;
  @ApiProperty({ description: 'Waar de e-mails over gaan' }) omschrijving: string;
  @ApiProperty({ enum: KEUZES }) keuze: Keuze;
  @ApiProperty({ description: 'Wat de keuze betekent' }) uitleg: string;

  static from(categorie: Categorie, keuze: Keuze): EmailVoorkeurResponse {
    return { categorie, omschrijving: `E-mail over ${CATEGORIEEN[categorie]}`, keuze, uitleg: KEUZE_UITLEG[keuze] };
  }
}

export class EmailVoorkeurenResponse {
  @ApiProperty({ type: [EmailVoorkeurResponse] }) voorkeuren: EmailVoorkeurResponse[];
}
