import { runService } from '@koers/bootstrap';
import { consent } from './consent.service-definition';

void runService(consent);
