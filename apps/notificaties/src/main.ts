import { runService } from '@koers/bootstrap';
import { notificaties } from './notificaties.service-definition';

void runService(notificaties);
