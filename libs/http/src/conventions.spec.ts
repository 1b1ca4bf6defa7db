import { Body, Controller, INestApplication, Module, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { IsString, Length } from 'class-validator';
import request from 'supertest';
import { applyHttpConventions } from './conventions';
import { HttpMetrics } from './metrics';

class NotitieDto {
  @IsString() @Length(3, 20) tekst: string;
}

@Controller('v1/notities')
class NotitieController {
  @Post()
  maak(@Body() dto: NotitieDto): NotitieDto {
    return dto;
  }
}

@Module({ controllers: [NotitieController] })
class NotitieModule {}

describe('the HTTP conventions answer a person in Dutch', () => {
  let app: INestApplication;
  beforeAll(async () => {
    app = (await Test.createTestingModule({ imports: [NotitieModule] }).compile()).createNestApplication({ bodyParser: false, logger: false });
    applyHttpConventions(app, { openApi: { title: 'Notities', description: 'Test', version: '1.0.0' }, bodyLimitBytes: 1024, metrics: new HttpMetrics('notities') });
    await app.init();
  });
  afterAll(() => app.close());

  it('when a field is invalid', async () => {
    const res = await request(app.getHttpServer()).post('/v1/notities').send({ tekst: 1 }).expect(400);
    expect(res.body.detail).toBe('De invoer klopt niet: tekst (tekst moet 3 tot en met 20 tekens lang zijn); tekst (tekst moet tekst zijn)');
  });

  it('when no route matches', async () => {
    const res = await request(app.getHttpServer()).get('/v1/bestaat-niet').expect(404);
    expect(res.body).toMatchObject({ title: 'Niet gevonden', detail: 'Er is geen GET /v1/bestaat-niet: controleer de URL in de API-documentatie.' });
  });
});
