import { runService } from '@koers/bootstrap';
import { tafels } from './tafels.service-definition';

void runService(tafels);
