import { Injectable } from '@nestjs/common';
import { BrokerConnection } from './broker-connection';

/** For readiness: the broker connection and its channels are up (reconnects are automatic). */
@Injectable()
export class MessagingHealth {
  constructor(private readonly broker: BrokerConnection) {}

  isConnected(): boolean {
    return this.broker.isConnected();
  }
}
