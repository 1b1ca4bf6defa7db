import { runService } from '@koers/bootstrap';
import { monitoring } from './monitoring.service-definition';

void runService(monitoring);
