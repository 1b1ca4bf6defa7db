import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { ConsensusService } from './consensus.service';
import { ConsensusantwoordGevenDto } from './dto/consensusantwoord-geven.dto';
import { ConsensusantwoordResponse, ConsensusrondeResponse } from './dto/consensusronde.response';
import { ConsensusrondeVragenDto } from './dto/consensusronde-vragen.dto';

@ApiTags('signalen')
@Controller('v1/signalen/:id/consensusrondes')
export class ConsensusController {
  constructor(private readonly consensus: ConsensusService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: ConsensusrondeResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige of onbekende partijen; niets opgeslagen' })
  @ApiForbiddenResponse({ description: 'Alleen de behandelaar vraagt consensus' })
  @ApiNotFoundResponse({ description: 'Signaal bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal is niet in voorbereiding, of het dossier mist een soort bewijs' })
  @ApiServiceUnavailableResponse({ description: 'De partijen konden niet worden gecontroleerd; niets opgeslagen' })
  async vraag(@Tenant() tenant: TenantContext, @Param('id', new UuidPipe()) id: string, @Body() dto: ConsensusrondeVragenDto): Promise<ConsensusrondeResponse> {
    return ConsensusrondeResponse.from(await this.consensus.vraag(tenant, id, dto), []);
  }

  @Post(':rondeId/antwoorden')
  @HttpCode(201)
  @Rollen('aanbieder', 'clientvertegenwoordiger')
  @ApiCreatedResponse({ type: ConsensusantwoordResponse })
  @ApiBadRequestResponse({ description: 'Aanvulling of redenen ontbreken of horen niet bij het standpunt, of bevatten persoonsgegevens' })
  @ApiForbiddenResponse({ description: 'Uw organisatie is in deze ronde geen partij' })
  @ApiNotFoundResponse({ description: 'Signaal of ronde bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'De ronde is gesloten, of uw organisatie heeft al geantwoord' })
  async antwoord(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('rondeId', new UuidPipe()) rondeId: string,
    @Body() dto: ConsensusantwoordGevenDto,
  ): Promise<ConsensusantwoordResponse> {
    return ConsensusantwoordResponse.from(await this.consensus.antwoord(tenant, id, rondeId, dto));
  }
}
