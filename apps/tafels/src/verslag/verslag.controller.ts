import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Rollen, Tenant, TenantContext } from '@koers/auth';
import { ROLLEN } from '@koers/contracts';
import { UuidPipe } from '@koers/http';
import { DEELNEMER_ROLLEN } from '../tafel/tafel.rules';
import { OpmerkingDto, VaststellingDto, VerslagVastleggenDto } from './dto/verslag.dto';
import { OpmerkingResponse, VerslagResponse } from './dto/verslag.response';
import { VerslagService } from './verslag.service';

const NIET_GEVONDEN = 'De tafel, de bijeenkomst of haar verslag bestaat niet, of hoort bij een andere regio';

@ApiTags('tafels')
@ApiForbiddenResponse({ description: 'Uw rol mag dit niet' })
@Controller('v1/tafels/:id/bijeenkomsten/:bijeenkomstId/verslag')
export class VerslagController {
  constructor(private readonly verslagen: VerslagService) {}

  @Post()
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: VerslagResponse, description: 'Het conceptverslag; de bijeenkomst en de tafel zijn gehouden en de deelnemers mogen reageren tot reactiesTot' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, persoonsgegevens in de tekst, of een aanwezige die geen deelnemer is' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De bijeenkomst is nog niet begonnen, al gehouden of geannuleerd' })
  async leg(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Body() dto: VerslagVastleggenDto,
  ): Promise<VerslagResponse> {
    return VerslagResponse.from(await this.verslagen.leg(tenant, id, bijeenkomstId, dto), []);
  }

  /** JSON, or with `Accept: application/pdf` the minutes as a document in plain Dutch (content negotiation, NL API Design Rules). */
  @Get()
  @Rollen(...ROLLEN)
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({ type: VerslagResponse, description: 'Het verslag; een concept en de opmerkingen alleen voor deelnemers, juristen en de beheerder. Met Accept: application/pdf als pdf' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  async haalOp(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VerslagResponse | StreamableFile> {
    if (wilPdf(accept)) {
      const pdf = await this.verslagen.pdf(tenant, id, bijeenkomstId);
      res.setHeader('Content-Disposition', `inline; filename="verslag-${bijeenkomstId}.pdf"`);
      return new StreamableFile(pdf, { type: 'application/pdf', length: pdf.length });
    }
    const { verslag, opmerkingen } = await this.verslagen.inzage(tenant, id, bijeenkomstId);
    return VerslagResponse.from(verslag, opmerkingen);
  }

  @Post('opmerkingen')
  @HttpCode(201)
  @Rollen(...DEELNEMER_ROLLEN)
  @ApiCreatedResponse({ type: OpmerkingResponse })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, of persoonsgegevens in de tekst' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De reactietermijn is voorbij, of het verslag is vastgesteld' })
  async merkOp(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Body() dto: OpmerkingDto,
  ): Promise<OpmerkingResponse> {
    return OpmerkingResponse.from(await this.verslagen.merkOp(tenant, id, bijeenkomstId, dto));
  }

  @Post('vaststelling')
  @HttpCode(201)
  @Rollen('gemeente')
  @ApiCreatedResponse({ type: VerslagResponse, description: 'Het vastgestelde verslag, met elke opmerking en wat ermee is gedaan' })
  @ApiBadRequestResponse({ description: 'Ongeldige invoer, persoonsgegevens, of een antwoord op een opmerking die er niet is' })
  @ApiNotFoundResponse({ description: NIET_GEVONDEN })
  @ApiConflictResponse({ description: 'De reactietermijn loopt nog, een opmerking heeft geen antwoord (elk genoemd), of het verslag is al vastgesteld' })
  async stelVast(
    @Tenant() tenant: TenantContext,
    @Param('id', new UuidPipe()) id: string,
    @Param('bijeenkomstId', new UuidPipe()) bijeenkomstId: string,
    @Body() dto: VaststellingDto,
  ): Promise<VerslagResponse> {
    const { verslag, opmerkingen } = await this.verslagen.stelVast(tenant, id, bijeenkomstId, dto);
    return VerslagResponse.from(verslag, opmerkingen);
  }
}

function wilPdf(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((soort) => soort.trim().split(';')[0].toLowerCase() === 'application/pdf');
}
