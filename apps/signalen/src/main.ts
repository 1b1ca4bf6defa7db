import { runService } from '@koers/bootstrap';
import { signalen } from './signalen.service-definition';

void runService(signalen);
