import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  Length,
  Matches,
  registerDecorator,
  ValidateIf,
  ValidationArguments,
} from 'class-validator';
import { GEMEENTECODE_PATTERN, INDICATORCODE_PATTERN, PERIODE_PATTERN } from '@koers/contracts';
import { DOSSIER_SOORTEN, DossierSoort } from '../../signaal/signaal.rules';
import { KADERS, Kader, Perspectief, PERSPECTIEVEN } from '../dossierstuk.entity';

/**
 * A field that belongs to one kind of dossierstuk: validated when that kind is sent (required unless
 * `optioneel`), refused with a clear message when another kind is sent.
 */
function HoortBij(soort: DossierSoort, { optioneel = false } = {}): PropertyDecorator {
  return (target, property) => {
    ValidateIf((o: DossierstukToevoegenDto) => (o.soort === soort && !optioneel) || (o as unknown as Record<string, unknown>)[property as string] !== undefined)(target, property);
    registerDecorator({
      name: 'hoortBijSoort',
      target: target.constructor,
      propertyName: property as string,
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => (args.object as DossierstukToevoegenDto).soort === soort,
        defaultMessage: (args: ValidationArguments) => `${args.property} hoort alleen bij soort ${soort}`,
      },
    });
  };
}

export class DossierstukToevoegenDto {
  @ApiProperty({ enum: DOSSIER_SOORTEN })
  @IsIn(DOSSIER_SOORTEN)
  soort: DossierSoort;

  @ApiPropertyOptional({ example: 'wachttijd-start-jeugdhulp', description: 'objectieve_data: indicator uit de catalogus van monitoring' })
  @HoortBij('objectieve_data')
  @Matches(new RegExp(INDICATORCODE_PATTERN), { message: 'indicator is een code als wachttijd-start-jeugdhulp' })
  indicator?: string;

  @ApiPropertyOptional({ example: 'GM0988', description: 'objectieve_data: de gemeente; zonder gemeente de regio als geheel' })
  @HoortBij('objectieve_data', { optioneel: true })
  @Matches(new RegExp(GEMEENTECODE_PATTERN), { message: 'gemeente is een CBS-code als GM0988' })
  gemeente?: string;

  @ApiPropertyOptional({ type: [String], example: ['2025-Q2', '2025-Q3'], description: 'objectieve_data: de perioden waarvan de waarden worden vastgelegd' })
  @HoortBij('objectieve_data')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ArrayUnique()
  @Matches(new RegExp(PERIODE_PATTERN), { each: true, message: 'elke periode is 2025, 2025-H1, 2025-Q3 of 2025-07' })
  perioden?: string[];

  @ApiPropertyOptional({ enum: PERSPECTIEVEN, description: 'ervaringsinformatie: wiens ervaring' })
  @HoortBij('ervaringsinformatie')
  @IsIn(PERSPECTIEVEN)
  perspectief?: Perspectief;

  @ApiPropertyOptional({ minLength: 10, maxLength: 10000, description: 'ervaringsinformatie: het verhaal, zonder namen, BSN, e-mailadressen of telefoonnummers' })
  @HoortBij('ervaringsinformatie')
  @IsString()
  @Length(10, 10000)
  verslag?: string;

  @ApiPropertyOptional({ enum: KADERS, description: 'juridisch_kader: wet, contract of regionale afspraak' })
  @HoortBij('juridisch_kader')
  @IsIn(KADERS)
  kader?: Kader;

  @ApiPropertyOptional({ example: 'Jeugdwet art. 2.3', description: 'juridisch_kader: waar het te vinden is' })
  @HoortBij('juridisch_kader')
  @IsString()
  @Length(3, 300)
  referentie?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'juridisch_kader: wat het voor dit signaal betekent' })
  @HoortBij('juridisch_kader', { optioneel: true })
  @IsString()
  @Length(1, 5000)
  toelichting?: string;
}
