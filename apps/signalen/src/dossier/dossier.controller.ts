import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { UuidPipe } from '@koers/http';
import { IntrekkingDto } from '../signaal/dto/signaal-corrigeren.dto';
import { DossierstukToevoegenDto } from './dto/dossierstuk-toevoegen.dto';
import { DossierstukResponse } from './dto/dossierstuk.response';
import { DossierService } from './dossier.service';

@ApiTags('signalen')
@Controller('v1/signalen/:id/dossierstukken')
export class DossierController {
  constructor(private readonly dossier: DossierService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: DossierstukResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, persoonsgegevens in de tekst, of een reeks/periode die monitoring niet kent; niets opgeslagen' })
  @ApiForbiddenResponse({ description: 'Alleen de behandelaar vult het dossier aan' })
  @ApiNotFoundResponse({ description: 'Signaal bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal is niet (meer) in voorbereiding' })
  @ApiServiceUnavailableResponse({ description: 'Monitoring is niet bereikbaar; niets opgeslagen' })
  async voegToe(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Body() dto: DossierstukToevoegenDto,
  ): Promise<DossierstukResponse> {
    return DossierstukResponse.from(await this.dossier.voegToe(tenant, id, dto));
  }

  @Post(':stukId/intrekking')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: DossierstukResponse, description: 'Het ingetrokken stuk; het blijft in het dossier en in de correcties staan' })
  @ApiBadRequestResponse({ description: 'Ongeldige id of reden, of persoonsgegevens in de reden' })
  @ApiForbiddenResponse({ description: 'Alleen de behandelaar trekt een dossierstuk in' })
  @ApiNotFoundResponse({ description: 'Signaal of dossierstuk bestaat niet, of hoort bij een andere regio' })
  @ApiConflictResponse({ description: 'Het signaal is niet in voorbereiding, of het stuk is al ingetrokken' })
  async trekIn(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('stukId', new UuidPipe()) stukId: string,
    @Body() dto: IntrekkingDto,
  ): Promise<DossierstukResponse> {
    return DossierstukResponse.from(await this.dossier.trekIn(tenant, id, stukId, dto));
  }
}
