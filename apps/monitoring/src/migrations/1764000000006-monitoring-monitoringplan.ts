import { MigrationInterface, QueryRunner } from 'typeorm';
import { schemaOf } from '@koers/persistence';

export class MonitoringMonitoringplan1764000000006 implements MigrationInterface {
  name = 'MonitoringMonitoringplan1764000000006';

  async up(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`
      CREATE TABLE "${s}".monitoringplan (
        id uuid PRIMARY KEY,
        regio text NOT NULL,
        onderwerp_soort text NOT NULL CHECK (onderwerp_soort IN ('afspraak', 'pilot')),
        onderwerp_id text NOT NULL,
        titel text NOT NULL,
        gemeenten text[] NOT NULL CHECK (cardinality(gemeenten) > 0),
        vergelijkingsgemeenten text[] NOT NULL DEFAULT '{}',
        indicatoren jsonb NOT NULL,
        nulmeting_tot text NOT NULL,
        nulmeting_perioden int NOT NULL CHECK (nulmeting_perioden > 0),
        meetmomenten text[] NOT NULL CHECK (cardinality(meetmomenten) > 0),
        evaluatiedatum date NOT NULL,
        status text NOT NULL CHECK (status IN ('lopend', 'geevalueerd')),
        oordeel text NULL,
        geevalueerd_op timestamptz NULL,
        aangemaakt_door text NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX monitoringplan_regio_idx ON "${s}".monitoringplan (regio, aangemaakt_op DESC)`);
    // The scheduler's question: which running plans are due?
    await runner.query(`CREATE INDEX monitoringplan_te_evalueren_idx ON "${s}".monitoringplan (evaluatiedatum) WHERE status = 'lopend'`);
    await runner.query(`
      CREATE TABLE "${s}".monitoringplan_evaluatie (
        id uuid PRIMARY KEY,
        monitoringplan_id uuid NOT NULL REFERENCES "${s}".monitoringplan (id),
        aanleiding text NOT NULL CHECK (aanleiding IN ('evaluatiedatum', 'op_verzoek')),
        oordeel text NOT NULL,
        toelichting text NOT NULL,
        indicatoren jsonb NOT NULL,
        geevalueerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX monitoringplan_evaluatie_plan_idx ON "${s}".monitoringplan_evaluatie (monitoringplan_id, geevalueerd_op)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    const s = schemaOf(runner.connection);
    await runner.query(`DROP TABLE "${s}".monitoringplan_evaluatie`);
    await runner.query(`DROP TABLE "${s}".monitoringplan`);
  }
}
